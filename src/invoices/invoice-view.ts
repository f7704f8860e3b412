import type { ApprovalDecision, Invoice, InvoiceLine, Prisma } from '../generated/prisma/client';
import { daysLate } from '../dunning/calendar';
import { formatFrenchDate } from '../messages/format';
import { invoiceStatusCode, invoiceStatusLabel, type InvoiceStatusCode } from '../../workflows/invoice-status';
import type { VatBucket } from '../common/money';
import type { DeliveryAddressViewDto, InvoiceDetailDto, InvoiceSummaryDto, NextActionDto } from './invoice.responses';
import { centsOf } from '../prisma/money-columns';
import { isoDate, isoDateOrNull } from '../common/calendar-date';

/** The columns the list shows, and nothing else (no notes, lines or VAT breakdown per row). */
export const invoiceSummarySelect = {
  id: true,
  number: true,
  externalNumber: true,
  imported: true,
  series: true,
  phase: true,
  issueDate: true,
  dueDate: true,
  planLateFrom: true,
  totalExclTaxCents: true,
  totalTaxCents: true,
  totalInclTaxCents: true,
  paidCents: true,
  creditedCents: true,
  balanceCents: true,
  approvalRound: true,
  approvalLevel: true,
  approvalLevelsTotal: true,
  pendingApprovalRole: true,
  submittedAt: true,
  scheduledSendAt: true,
  sentAt: true,
  disputed: true,
  promisedPaymentDate: true,
  dunningStage: true,
  workflowId: true,
  createdAt: true,
  updatedAt: true,
  customer: { select: { id: true, name: true, profile: true, ownerId: true } },
  createdBy: { select: { id: true, fullName: true } },
} satisfies Prisma.InvoiceSelect;

export type ListRow = Prisma.InvoiceGetPayload<{ select: typeof invoiceSummarySelect }>;

/** What the detail view reads: the summary, the draft's fields, its lines, approvals and dunning policy. */
export type DetailRow = ListRow &
  Pick<
    Invoice,
    | 'operationCategory'
    | 'saleDate'
    | 'paymentTermsDays'
    | 'customerReference'
    | 'notes'
    | 'customerNote'
    | 'vatBreakdown'
    | 'rejectionReason'
    | 'disputeReason'
  > &
  Pick<
    Invoice,
    | 'deliveryName'
    | 'deliveryAddressLine1'
    | 'deliveryAddressLine2'
    | 'deliveryPostalCode'
    | 'deliveryCity'
    | 'deliveryCountry'
  > & {
    lines: Omit<InvoiceLine, 'invoiceId'>[];
    approvals: Pick<ApprovalDecision, 'round' | 'level' | 'role' | 'outcome' | 'actorId' | 'comment' | 'decidedAt'>[];
    dunningPolicyVersion: { version: number; steps: unknown; policy: { code: string; name: string } } | null;
  };

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function statusOf(
  row: ListRow,
  now: Date,
  timezone: string,
): { code: InvoiceStatusCode; label: string; daysLate: number | null } {
  const lateFrom = row.planLateFrom ?? row.dueDate;
  const late = lateFrom ? daysLate(isoDate(lateFrom), now, timezone) : null;
  const code = invoiceStatusCode({
    phase: row.phase,
    totalInclTaxCents: centsOf(row.totalInclTaxCents),
    paidCents: centsOf(row.paidCents),
    creditedCents: centsOf(row.creditedCents),
    daysLate: late,
  });
  const approval =
    row.approvalLevel && row.approvalLevelsTotal
      ? { level: row.approvalLevel, levelsTotal: row.approvalLevelsTotal }
      : undefined;
  return { code, label: invoiceStatusLabel(code, late, approval), daysLate: code === 'LATE' ? late : null };
}

export function toInvoiceSummary(row: ListRow, now: Date, timezone: string): InvoiceSummaryDto {
  const status = statusOf(row, now, timezone);
  return {
    id: row.id,
    number: row.number ?? row.externalNumber,
    externalNumber: row.externalNumber,
    imported: row.imported,
    series: row.series || null,
    customer: row.customer,
    createdBy: row.createdBy,
    totalExclTaxCents: centsOf(row.totalExclTaxCents),
    totalTaxCents: centsOf(row.totalTaxCents),
    totalInclTaxCents: centsOf(row.totalInclTaxCents),
    paidCents: centsOf(row.paidCents),
    creditedCents: centsOf(row.creditedCents),
    balanceCents: centsOf(row.balanceCents),
    issueDate: isoDateOrNull(row.issueDate),
    dueDate: isoDateOrNull(row.dueDate),
    status: { code: status.code, label: status.label },
    daysLate: status.daysLate,
    phase: row.phase,
    approval:
      row.phase === 'AWAITING_APPROVAL'
        ? {
            round: row.approvalRound,
            level: row.approvalLevel,
            levelsTotal: row.approvalLevelsTotal,
            pendingRole: row.pendingApprovalRole,
          }
        : null,
    disputed: row.disputed,
    promisedPaymentDate: isoDateOrNull(row.promisedPaymentDate),
    scheduledSendAt: iso(row.scheduledSendAt),
    sentAt: iso(row.sentAt),
    submittedAt: iso(row.submittedAt),
    dunningStage: row.dunningStage,
    workflowId: row.workflowId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type InvoiceSummary = InvoiceSummaryDto;

export function toInvoiceDetail(
  row: DetailRow,
  now: Date,
  timezone: string,
  extras: { temporalUrl: string | null; nextAction: NextAction | null },
): InvoiceDetailDto {
  const summary = toInvoiceSummary(row, now, timezone);
  return {
    ...summary,
    operationCategory: row.operationCategory,
    saleDate: isoDateOrNull(row.saleDate),
    paymentTermsDays: row.paymentTermsDays,
    customerReference: row.customerReference,
    notes: row.notes,
    customerNote: row.customerNote,
    deliveryAddress: deliveryAddressOf(row),
    lines: row.lines.map((line) => ({
      id: line.id,
      position: line.position,
      description: line.description,
      quantity: line.quantityMilli / 1000,
      unit: line.unit,
      unitPriceCents: centsOf(line.unitPriceCents),
      vatRate: line.vatRateBp / 100,
      discountPercent: line.discountBp / 100,
      totalExclTaxCents: centsOf(line.totalExclTaxCents),
      vatCategory: line.vatCategory,
      vatExemptionCode: line.vatExemptionCode,
    })),
    totals: {
      totalExclTaxCents: centsOf(row.totalExclTaxCents),
      totalTaxCents: centsOf(row.totalTaxCents),
      totalInclTaxCents: centsOf(row.totalInclTaxCents),
      vatBreakdown: (row.vatBreakdown as unknown as VatBucket[]).map((b) => ({
        vatRate: b.vatRateBp / 100,
        baseCents: b.baseCents,
        taxCents: b.taxCents,
      })),
    },
    approvals: row.approvals.map((a) => ({
      round: a.round,
      level: a.level,
      role: a.role,
      outcome: a.outcome,
      actorId: a.actorId,
      comment: a.comment,
      decidedAt: a.decidedAt.toISOString(),
    })),
    rejectionReason: row.rejectionReason,
    disputeReason: row.disputeReason,
    dunningPolicy: row.dunningPolicyVersion
      ? {
          code: row.dunningPolicyVersion.policy.code,
          name: row.dunningPolicyVersion.policy.name,
          version: row.dunningPolicyVersion.version,
        }
      : null,
    temporalUrl: extras.temporalUrl,
    nextAction: extras.nextAction,
  };
}

export type NextAction = NextActionDto;

/** What should happen next, read from the facts (the workflow decides; this only describes). */
/** `today` is the company's local date: a promise to pay pauses dunning up to and including the promised day. */
export function nextActionOf(
  summary: InvoiceSummary,
  nextStep: { key: string; label: string; plannedAt: Date } | null,
  today: string,
): NextAction | null {
  const s = summary;
  if (s.phase === 'DRAFT') {
    return { code: 'SUBMIT', label: 'Soumettre pour validation' };
  }
  if (s.phase === 'REJECTED') {
    return { code: 'RESUBMIT', label: 'Corriger puis soumettre à nouveau' };
  }
  if (s.phase === 'AWAITING_APPROVAL') {
    const level = s.approval?.level ? ` (niveau ${s.approval.level}/${s.approval.levelsTotal})` : '';
    return { code: 'APPROVE', label: `Validation${level}`, role: s.approval?.pendingRole ?? undefined };
  }
  if (s.balanceCents <= 0) {
    return null;
  }
  if (s.phase === 'ISSUED') {
    return s.scheduledSendAt
      ? { code: 'SCHEDULED_SEND', label: 'Envoi programmé', role: 'ADV', at: s.scheduledSendAt }
      : { code: 'SEND', label: 'Envoyer la facture au client', role: 'ADV' };
  }
  if (s.disputed) {
    return { code: 'RESOLVE_DISPUTE', label: 'Litige en cours : reprendre les relances une fois résolu' };
  }
  if (s.promisedPaymentDate && s.promisedPaymentDate >= today) {
    return {
      code: 'AWAIT_PROMISE',
      label: `Promesse de paiement : relances suspendues jusqu'au ${formatFrenchDate(s.promisedPaymentDate)}`,
      at: s.promisedPaymentDate,
    };
  }
  if (nextStep) {
    return {
      code: 'DUNNING_STEP',
      label: `Relance ${nextStep.key} : ${nextStep.label}`,
      at: nextStep.plannedAt.toISOString(),
    };
  }
  return { code: 'AWAIT_PAYMENT', label: 'Attendre le paiement' };
}

function deliveryAddressOf(row: DetailRow): DeliveryAddressViewDto | null {
  if (!row.deliveryAddressLine1 || !row.deliveryPostalCode || !row.deliveryCity) {
    return null;
  }
  const {
    deliveryName: name,
    deliveryAddressLine1: addressLine1,
    deliveryAddressLine2: addressLine2,
    deliveryPostalCode: postalCode,
    deliveryCity: city,
    deliveryCountry: country,
  } = row;
  return { name, addressLine1, addressLine2, postalCode, city, country };
}
