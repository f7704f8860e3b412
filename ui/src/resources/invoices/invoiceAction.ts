import { api } from '../../http';

/** One idempotency key per click: a double submit or a retry is applied once by the API. */
export function invoiceAction(id: string, action: string, body: unknown = {}) {
  return api(`/invoices/${id}/${action}`, { method: 'POST', body, idempotencyKey: crypto.randomUUID() });
}

/** A <input type="datetime-local"> value (local time) as an ISO instant. */
export const localToIso = (value: unknown): string | undefined =>
  value ? new Date(String(value)).toISOString() : undefined;
