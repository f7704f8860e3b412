import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter, type HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { JsonErrorFilter } from './http-errors';

/** An error the client may retry after a delay: answered with a Retry-After header (seconds). */
export class RetryLaterException extends HttpException {
  constructor(
    status: HttpStatus,
    error: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super({ statusCode: status, error, message }, status);
  }
}

/** Sets Retry-After, then answers in the shared JSON error shape. */
@Catch(RetryLaterException)
export class RetryAfterFilter implements ExceptionFilter {
  private readonly json = new JsonErrorFilter();

  catch(exception: RetryLaterException, host: ArgumentsHost): void {
    host.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(exception.retryAfterSeconds));
    this.json.catch(exception, host);
  }
}
