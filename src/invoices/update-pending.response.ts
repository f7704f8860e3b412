import { HttpException, HttpStatus } from '@nestjs/common';
import { RETRY_AFTER_SECONDS, type WithHeaders } from '../common/outages';

/**
 * 202 Accepted for an action whose workflow update Temporal holds but has not finished within the wait: thrown from
 * the one door to Temporal so every action answers it without each controller knowing; poll the Location for the outcome.
 */
export class UpdatePendingResponse extends HttpException implements WithHeaders {
  readonly headers: Readonly<Record<string, string>>;

  constructor(invoiceId: string, updateId: string) {
    const location = `/invoices/${invoiceId}/updates/${encodeURIComponent(updateId)}`;
    super(
      {
        statusCode: HttpStatus.ACCEPTED,
        error: 'Accepted',
        status: 'PENDING',
        updateId,
        location,
        message:
          'Accepted: the invoice workflow will apply it as soon as a worker is available; poll the location for the outcome',
      },
      HttpStatus.ACCEPTED,
    );
    this.headers = { Location: location, 'Retry-After': String(RETRY_AFTER_SECONDS) };
  }
}
