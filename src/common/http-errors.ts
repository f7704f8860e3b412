import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  PayloadTooLargeException,
  type ExceptionFilter,
  type ValidationError,
} from '@nestjs/common';
import type { Response } from 'express';
import { headersOf, outageOf } from './outages';

export interface FieldError {
  field: string;
  message: string;
}

/** Flattens class-validator errors to "lines.0.quantity" style paths. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^\S+ /, ''),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** A 400 naming every failing field: { statusCode, error, message: "lines.0.quantity: must be positive", fields }. */
export function badRequest(fields: FieldError[]): BadRequestException {
  const message = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message, fields });
}

/** Every error leaves as JSON { statusCode, error, message[, fields] }; unexpected ones are logged, not leaked. */
@Catch()
export class JsonErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(thrown: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) {
      return;
    }
    const exception = tooLargeBody(thrown) ?? outageOf(thrown) ?? thrown;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      response.set(headersOf(exception));
      const body = exception.getResponse();
      const payload = typeof body === 'string' ? { message: body } : (body as Record<string, unknown>);
      const message = Array.isArray(payload.message)
        ? payload.message.join('; ')
        : (payload.message ?? exception.message);
      response
        .status(status)
        .json({ ...payload, statusCode: status, error: payload.error ?? HttpStatus[status] ?? 'Error', message });
      return;
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response
      .status(500)
      .json({ statusCode: 500, error: 'Internal Server Error', message: 'An unexpected error occurred' });
  }
}

// body-parser refuses an oversized body before Nest sees it, with an error of its own (type "entity.too.large").
function tooLargeBody(error: unknown): HttpException | undefined {
  const parserError = error as { type?: unknown; limit?: unknown } | null;
  if (parserError?.type !== 'entity.too.large') {
    return undefined;
  }
  return new PayloadTooLargeException(`The request body exceeds the limit of ${String(parserError.limit)} bytes`);
}
