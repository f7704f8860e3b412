import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Allow } from 'class-validator';

/** A field GET returns and PUT ignores: accepted, never stored, so that what was read can be saved as is. */
export const ReadOnly = (description = 'Read-only: returned by GET, ignored when sent') =>
  applyDecorators(ApiPropertyOptional({ readOnly: true, description }), Allow());
