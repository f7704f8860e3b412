import { Prisma } from '../generated/prisma/client';
import type { PrismaService } from '../prisma/prisma.service';
import { dunningSettingsOf } from '../companies/company-settings';
import { invoiceSummarySelect, type DetailRow } from './invoice-view';

export interface InvoiceDetailRecord {
  row: DetailRow;
  timezone: string;
  nextStep: { key: string; plannedAt: Date } | null;
  /** Whether a payment plan was ever granted: most invoices have none, and then its two queries are skipped. */
  hasPaymentPlan: boolean;
}

const RELATIONS = new Set(['customer', 'createdBy']);
const DELIVERY_COLUMNS = [
  'deliveryName',
  'deliveryAddressLine1',
  'deliveryAddressLine2',
  'deliveryPostalCode',
  'deliveryCity',
  'deliveryCountry',
];
const DETAIL_COLUMNS = [
  'operationCategory',
  'saleDate',
  'paymentTermsDays',
  'customerReference',
  'notes',
  'customerNote',
  ...DELIVERY_COLUMNS,
  'vatBreakdown',
  'rejectionReason',
  'disputeReason',
];
const INVOICE_COLUMNS = Prisma.raw(
  [...Object.keys(invoiceSummarySelect).filter((key) => !RELATIONS.has(key)), ...DETAIL_COLUMNS]
    .map((column) => `i."${column}"`)
    .join(', '),
);
// JSON has no timestamp type: instants inside aggregates travel as ISO strings and become Dates again below.
const ISO_UTC = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

interface RawDetail extends Omit<DetailRow, 'approvals'> {
  approvals: Array<Omit<DetailRow['approvals'][number], 'decidedAt'> & { decidedAt: string }>;
  companyDunningSettings: unknown;
  nextStepKey: string | null;
  nextStepPlannedAt: Date | null;
  hasPaymentPlan: boolean;
}

/** An invoice's whole detail in one indexed statement (lines, approvals, policy, next step, company time zone). */
export async function findInvoiceDetail(
  prisma: PrismaService,
  companyId: string,
  id: string,
): Promise<InvoiceDetailRecord | null> {
  const [raw] = await prisma.$queryRaw<RawDetail[]>`
    SELECT ${INVOICE_COLUMNS},
      json_build_object('id', c.id, 'name', c.name, 'profile', c.profile, 'ownerId', c."ownerId") AS customer,
      json_build_object('id', u.id, 'fullName', u."fullName") AS "createdBy",
      (SELECT coalesce(json_agg(json_build_object('id', l.id, 'position', l.position, 'description', l.description, 'quantityMilli', l."quantityMilli",
          'unit', l.unit, 'unitPriceCents', l."unitPriceCents", 'vatRateBp', l."vatRateBp", 'discountBp', l."discountBp", 'totalExclTaxCents', l."totalExclTaxCents",
          'vatCategory', l."vatCategory", 'vatExemptionCode', l."vatExemptionCode")
          ORDER BY l.position), '[]'::json)
        FROM "InvoiceLine" l WHERE l."invoiceId" = i.id) AS lines,
      (SELECT coalesce(json_agg(json_build_object('round', a.round, 'level', a.level, 'role', a.role, 'outcome', a.outcome, 'actorId', a."actorId",
          'comment', a.comment, 'decidedAt', to_char(a."decidedAt", ${Prisma.raw(ISO_UTC)})) ORDER BY a."decidedAt"), '[]'::json)
        FROM "ApprovalDecision" a WHERE a."invoiceId" = i.id) AS approvals,
      (SELECT json_build_object('version', v.version, 'steps', v.steps, 'policy', json_build_object('code', p.code, 'name', p.name))
        FROM "DunningPolicyVersion" v JOIN "DunningPolicy" p ON p.id = v."policyId" WHERE v.id = i."dunningPolicyVersionId") AS "dunningPolicyVersion",
      next."stepKey" AS "nextStepKey", next."plannedAt" AS "nextStepPlannedAt",
      co."dunningSettings" AS "companyDunningSettings",
      EXISTS (SELECT 1 FROM "PaymentPlan" pp WHERE pp."invoiceId" = i.id) AS "hasPaymentPlan"
    FROM "Invoice" i
    JOIN "Customer" c ON c.id = i."customerId"
    JOIN "User" u ON u.id = i."createdById"
    JOIN "Company" co ON co.id = i."companyId"
    LEFT JOIN LATERAL (
      SELECT s."stepKey", s."plannedAt" FROM "DunningStep" s WHERE s."invoiceId" = i.id AND s.state = 'PENDING' ORDER BY s.position LIMIT 1
    ) next ON true
    WHERE i.id = ${id} AND i."companyId" = ${companyId}`;
  if (!raw) {
    return null;
  }
  const { companyDunningSettings, nextStepKey, nextStepPlannedAt, hasPaymentPlan, approvals, ...invoice } = raw;
  return {
    row: { ...invoice, approvals: approvals.map((a) => ({ ...a, decidedAt: new Date(a.decidedAt) })) },
    timezone: dunningSettingsOf({ dunningSettings: companyDunningSettings }).timezone,
    nextStep: nextStepKey && nextStepPlannedAt ? { key: nextStepKey, plannedAt: nextStepPlannedAt } : null,
    hasPaymentPlan,
  };
}
