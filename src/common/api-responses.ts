import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'lines.0.quantity' })
  field!: string;

  @ApiProperty({ example: 'must be positive' })
  message!: string;
}

/** The one error body every route answers with (JsonErrorFilter): status, its name, a readable message, failing fields on a 400. */
export class ErrorResponseDto {
  @ApiProperty({ type: 'integer', example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'Bad Request' })
  error!: string;

  @ApiProperty({ example: 'lines.0.quantity: must be positive' })
  message!: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'On a 400: each failing field' })
  fields?: FieldErrorDto[];
}

const ERROR_MEANINGS = {
  400: 'Invalid input: the message names each failing field',
  401: 'Missing, invalid or expired bearer token',
  403: 'Your role may not do this (or not at this approval level)',
  404: 'No such resource in your company',
  409: 'Not allowed in the current state of the resource',
  413: 'Request body too large',
  422: 'Well-formed but refused by a business rule (e.g. overpayment)',
  429: 'Too many attempts: retry after the Retry-After delay',
  503: 'PostgreSQL or Temporal is unavailable: retry later',
} as const;

export type ErrorStatus = keyof typeof ERROR_MEANINGS;

const errorResponses = (statuses: ErrorStatus[]) =>
  [...new Set(statuses)]
    .sort()
    .map((status) => ApiResponse({ status, description: ERROR_MEANINGS[status], type: ErrorResponseDto }));

/** The errors a bearer-token route may answer besides these: 401 (no valid token) and 503 (a backing service is down). */
export const ApiErrors = (...statuses: ErrorStatus[]) => applyDecorators(...errorResponses([401, 503, ...statuses]));

/** The errors a public route may answer besides 503. */
export const ApiPublicErrors = (...statuses: ErrorStatus[]) => applyDecorators(...errorResponses([503, ...statuses]));

/** What every paged list answers around its rows. */
export class PageMetaDto {
  @ApiProperty({ type: 'integer', minimum: 0 })
  total!: number;

  @ApiProperty({ type: 'integer', minimum: 1 })
  page!: number;

  @ApiProperty({ type: 'integer', minimum: 1 })
  perPage!: number;
}

/** The pending answer of an action its workflow has not applied within UPDATE_WAIT_MS (see GET /invoices/:id/updates/:updateId). */
export class UpdatePendingDto {
  @ApiProperty({ type: 'integer', example: 202 }) statusCode!: number;
  @ApiProperty({ example: 'Accepted' }) error!: string;
  @ApiProperty({ enum: ['PENDING'] }) status!: 'PENDING';
  @ApiProperty() updateId!: string;
  @ApiProperty({ example: '/invoices/…/updates/…' }) location!: string;
  @ApiProperty() message!: string;
}

/** An action applied by the invoice's workflow: 202 with a Location to poll when no worker applied it in time. */
export const ApiWorkflowAction = () =>
  ApiResponse({
    status: 202,
    description: 'Accepted, not applied yet: poll the Location header',
    type: UpdatePendingDto,
  });
