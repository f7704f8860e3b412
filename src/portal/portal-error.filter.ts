import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  HttpException,
  HttpStatus,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { JsonErrorFilter, type FieldError } from '../common/http-errors';
import { RetryLaterException } from '../common/retry-after';
import { setPortalHeaders } from './portal-http';
import { errorPage } from './portal-pages';

const TITLES: Partial<Record<number, string>> = {
  [HttpStatus.BAD_REQUEST]: 'Formulaire incomplet',
  [HttpStatus.UNAUTHORIZED]: 'Lien expiré ou révoqué',
  [HttpStatus.NOT_FOUND]: 'Introuvable',
  [HttpStatus.CONFLICT]: 'Action impossible',
  [HttpStatus.UNPROCESSABLE_ENTITY]: 'Demande refusée',
  [HttpStatus.TOO_MANY_REQUESTS]: 'Trop de requêtes',
};

const MESSAGES: Partial<Record<number, string>> = {
  [HttpStatus.UNAUTHORIZED]:
    'Ce lien n’est plus valable (il a expiré ou a été révoqué). Saisissez votre adresse e-mail de facturation pour en recevoir un nouveau.',
  [HttpStatus.CONFLICT]:
    'Cette action n’est plus possible sur cette facture : elle est peut-être déjà réglée ou contestée.',
  [HttpStatus.UNPROCESSABLE_ENTITY]: 'Le montant ou les échéances ne correspondent pas au solde dû de la facture.',
};

/** Portal errors as French HTML pages (same status codes as the API); a JSON request keeps the JSON error shape. */
@Catch()
export class PortalErrorFilter implements ExceptionFilter {
  private readonly json = new JsonErrorFilter();

  catch(thrown: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    setPortalHeaders(response);
    if (thrown instanceof RetryLaterException) {
      response.setHeader('Retry-After', String(thrown.retryAfterSeconds));
    }
    if (!(thrown instanceof HttpException) || TITLES[thrown.getStatus()] === undefined || !request.accepts('html')) {
      return this.json.catch(thrown, host);
    }
    const status = thrown.getStatus();
    const message = MESSAGES[status] ?? detailOf(thrown);
    response
      .status(status)
      .type('html')
      .send(
        errorPage(TITLES[status]!, message, {
          newLink: status === HttpStatus.UNAUTHORIZED,
          back: status === HttpStatus.UNAUTHORIZED ? undefined : '/portal',
        }),
      );
  }
}

function detailOf(exception: HttpException): string {
  const body = exception.getResponse() as { message?: string; fields?: FieldError[] };
  if (exception instanceof BadRequestException && body.fields) {
    return body.fields.map((f) => `${f.field} : ${f.message}`).join(' · ');
  }
  return typeof body.message === 'string' ? body.message : exception.message;
}
