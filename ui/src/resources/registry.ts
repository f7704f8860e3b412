// How each react-admin resource maps onto the API: list path, allowed sorts, fixed filters and the body a write sends.
export interface ResourceSpec {
  path: string;
  /** Fixed query parameters (e.g. the approval inbox is /invoices?awaitingMyApproval=true). */
  fixedFilter?: Record<string, unknown>;
  sortFields?: readonly string[];
  defaultSort?: string;
  /** The DTO a create/update sends: the API refuses unknown fields (forbidNonWhitelisted). */
  toBody?: (data: Record<string, unknown>) => Record<string, unknown>;
  /** Shapes a record read from the API for the forms (e.g. cents → euros). */
  fromApi?: (record: Record<string, unknown>) => Record<string, unknown>;
  updateMethod?: 'PATCH' | 'PUT';
  /** Plain arrays (users, policies): no page/perPage/sort parameters, which the API would refuse. */
  unpaged?: boolean;
  /** PUT replaces: send the whole form, not only what changed. */
  sendAll?: boolean;
}

const pick = (data: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((k) => data[k] !== undefined && data[k] !== '').map((k) => [k, data[k]]));

const INVOICE_FIELDS = [
  'customerId',
  'operationCategory',
  'saleDate',
  'paymentTermsDays',
  'series',
  'customerReference',
  'notes',
  'customerNote',
] as const;
const CUSTOMER_FIELDS = [
  'name',
  'legalForm',
  'isBusiness',
  'siren',
  'siret',
  'vatNumber',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'country',
  'billingEmail',
  'phone',
  'decisionMakerName',
  'decisionMakerEmail',
  'decisionMakerMobile',
  'profile',
  'dunningPolicyId',
  'paymentTermsDays',
  'ownerId',
  'notes',
] as const;

interface FormLine {
  description?: string;
  quantity?: number;
  unit?: string;
  unitPrice?: number;
  vatRate?: number;
  discountPercent?: number;
  vatCategory?: string;
  vatExemptionCode?: string;
}

/** Unit prices are typed in euros; the API wants integer cents. */
export const toCents = (euros: number | undefined | null): number => Math.round((Number(euros) || 0) * 100);

export function toLineBody(line: FormLine) {
  return {
    description: line.description ?? '',
    quantity: Number(line.quantity),
    ...(line.unit ? { unit: line.unit } : {}),
    unitPriceCents: toCents(line.unitPrice),
    vatRate: Number(line.vatRate),
    ...(line.discountPercent ? { discountPercent: Number(line.discountPercent) } : {}),
    ...(line.vatCategory ? { vatCategory: line.vatCategory } : {}),
    ...(line.vatExemptionCode ? { vatExemptionCode: line.vatExemptionCode } : {}),
  };
}

const DELIVERY_FIELDS = ['name', 'addressLine1', 'postalCode', 'city', 'country'] as const;

/** The delivery address is sent only once its street is typed (the API requires street, postal code and city together). */
function deliveryBody(data: Record<string, unknown>) {
  const delivery = (data.deliveryAddress ?? {}) as Record<string, unknown>;
  return delivery.addressLine1 ? { deliveryAddress: pick(delivery, DELIVERY_FIELDS) } : {};
}

function invoiceBody(data: Record<string, unknown>) {
  return {
    ...pick(data, INVOICE_FIELDS),
    ...deliveryBody(data),
    ...(data.lines ? { lines: (data.lines as FormLine[]).map(toLineBody) } : {}),
  };
}

function invoiceFromApi(record: Record<string, unknown>) {
  const lines = record.lines as Array<{ unitPriceCents: number }> | undefined;
  return lines
    ? {
        ...record,
        customerId: (record.customer as { id?: string })?.id,
        lines: lines.map((l) => ({ ...l, unitPrice: l.unitPriceCents / 100 })),
      }
    : record;
}

export const RESOURCES: Record<string, ResourceSpec> = {
  invoices: {
    path: '/invoices',
    sortFields: ['createdAt', 'issueDate', 'dueDate', 'number', 'totalInclTaxCents', 'balanceCents', 'daysLate'],
    defaultSort: 'createdAt',
    toBody: invoiceBody,
    fromApi: invoiceFromApi,
  },
  approvals: {
    path: '/invoices',
    fixedFilter: { awaitingMyApproval: true },
    sortFields: ['createdAt', 'totalInclTaxCents'],
    defaultSort: 'createdAt',
    fromApi: invoiceFromApi,
  },
  customers: {
    path: '/customers',
    sortFields: ['name', 'createdAt', 'outstandingCents'],
    defaultSort: 'name',
    toBody: (d) => pick(d, CUSTOMER_FIELDS),
  },
  users: { path: '/users', unpaged: true },
  tasks: { path: '/tasks' },
  'dunning-policies': {
    path: '/dunning-policies',
    unpaged: true,
    updateMethod: 'PUT',
    sendAll: true,
    toBody: (d) => ({
      ...pick(d, d.id ? ['name', 'description'] : ['code', 'name', 'description']),
      steps: policySteps(d.steps),
    }),
  },
};

interface FormStep {
  key?: string;
  offsetDays?: number;
  label?: string;
  actions?: Array<{ type?: string; template?: string; assignee?: string }>;
  flags?: { mentionPenalties?: boolean; copyOwner?: boolean; copyManager?: boolean };
}

/** A policy form's steps as the API validates them (flags always present, empty assignee dropped). */
function policySteps(steps: unknown) {
  return ((steps as FormStep[]) ?? []).map((s) => ({
    key: s.key ?? '',
    offsetDays: Number(s.offsetDays),
    label: s.label ?? '',
    actions: (s.actions ?? []).map((a) => ({
      type: a.type,
      template: a.template,
      ...(a.assignee ? { assignee: a.assignee } : {}),
    })),
    flags: {
      mentionPenalties: !!s.flags?.mentionPenalties,
      copyOwner: !!s.flags?.copyOwner,
      copyManager: !!s.flags?.copyManager,
    },
  }));
}
