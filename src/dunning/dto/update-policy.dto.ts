import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Allow, IsOptional, IsString, Length } from 'class-validator';
import { ReadOnly } from '../../common/read-only';
import { PolicyStepSchema } from './policy-steps';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Every edit is a new version: the steps are always given in full. */
export class UpdatePolicyDto {
  @ApiPropertyOptional({ example: 'Standard' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ nullable: true, description: 'null clears it' })
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  description?: string | null;

  @ApiProperty({ type: [PolicyStepSchema] })
  @Allow()
  steps!: unknown;

  // What GET /dunning-policies/:id adds: ignored, so that a policy read can be saved back as is.
  @ReadOnly() id?: unknown;
  @ReadOnly() code?: unknown;
  @ReadOnly() currentVersion?: unknown;
  @ReadOnly() version?: unknown;
  @ReadOnly() versions?: unknown;
  @ReadOnly() profiles?: unknown;
  @ReadOnly() customersCount?: unknown;
  @ReadOnly() updatedAt?: unknown;
}
