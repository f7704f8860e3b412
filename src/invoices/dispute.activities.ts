import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AuditService } from '../audit/audit.service';
import { dunningSettingsOf } from '../companies/company-settings';
import type { InvoiceActivities } from '../../workflows/activities.contract';
import { InvoiceRepository } from './invoice.repository';

/** Disputes and promises to pay: they pause dunning; the workflow holds the pause, the database the record. */
@Injectable()
export class DisputeActivities implements Pick<InvoiceActivities, 'recordDispute' | 'recordPromise'> {
  constructor(
    private readonly invoices: InvoiceRepository,
    private readonly audit: AuditService,
  ) {}

  async recordDispute({
    invoiceId,
    actor,
    disputed,
    reason,
  }: Parameters<InvoiceActivities['recordDispute']>[0]): Promise<void> {
    const invoice = await this.invoices.recordDispute(invoiceId, disputed, reason);
    await this.audit.record({
      companyId: invoice.companyId,
      invoiceId,
      actorId: actor.userId,
      actorLabel: actor.name,
      action: disputed ? 'dispute.opened' : 'dispute.resolved',
      details: { reason: reason ?? null },
    });
  }

  async recordPromise({
    invoiceId,
    actor,
    date,
  }: Parameters<InvoiceActivities['recordPromise']>[0]): Promise<{ resumeAt: string }> {
    const invoice = await this.invoices.recordPromise(invoiceId, date);
    await this.audit.record({
      companyId: invoice.companyId,
      invoiceId,
      actorId: actor.userId,
      actorLabel: actor.name,
      action: 'promise.recorded',
      details: { date },
    });
    return { resumeAt: endOfDay(date, dunningSettingsOf(invoice.company).timezone) };
  }
}

/** The instant the promised day ends in the company's time zone: dunning may resume from then on. */
export function endOfDay(date: string, timezone: string): string {
  return DateTime.fromISO(date, { zone: timezone }).plus({ days: 1 }).startOf('day').toUTC().toISO()!;
}
