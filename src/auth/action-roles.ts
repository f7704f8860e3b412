// Who may do what: the API's @Roles guards and the admin UI's screens read the same lists (the guard also lets ADMIN through).
import type { Role } from '../generated/prisma/enums';

export const ACTION_ROLES = {
  /** Create, edit and submit a draft invoice. */
  createInvoice: ['SALES', 'ADV', 'MANAGER', 'DIRECTOR'],
  importInvoice: ['ADV', 'FINANCE_DIRECTOR'],
  sendInvoice: ['ADV'],
  /** Dispute, resume dunning, record a promise to pay. */
  dispute: ['ADV', 'SALES', 'MANAGER', 'FINANCE_DIRECTOR', 'DIRECTOR'],
  recordPayment: ['ADV', 'FINANCE_DIRECTOR', 'DIRECTOR'],
  creditNote: ['ADV', 'FINANCE_DIRECTOR', 'DIRECTOR'],
  /** Grant or cancel a payment plan; ADV only for VIP customers within the company's maximum of installments. */
  paymentPlan: ['MANAGER', 'FINANCE_DIRECTOR', 'DIRECTOR', 'ADV'],
  createCustomer: ['SALES', 'ADV', 'MANAGER', 'DIRECTOR'],
  editCustomer: ['SALES', 'ADV', 'MANAGER', 'FINANCE_DIRECTOR', 'DIRECTOR'],
  /** Revoke every customer-portal link of a customer. */
  revokePortalLinks: ['ADV', 'ADMIN'],
  /** Change a customer's profile or dunning policy (checked by the customer rules). */
  editProfile: ['MANAGER', 'FINANCE_DIRECTOR', 'DIRECTOR', 'ADMIN'],
  /** Approval levels are decided by the workflow; these roles have an approval inbox. */
  approvals: ['MANAGER', 'FINANCE_DIRECTOR', 'DIRECTOR'],
  /** Tasks are assigned to these roles (MANAGER, ADV and ADMIN may complete any). */
  tasks: ['SALES', 'ADV', 'MANAGER'],
  policies: ['ADMIN'],
  settings: ['ADMIN'],
  /** FEC and accounting settings, archive verification and yearly export (finance). */
  accounting: ['FINANCE_DIRECTOR'],
  /** Bank accounts and the automatic matching threshold. */
  bankAccounts: ['FINANCE_DIRECTOR'],
  /** Import statements, reconcile lines, undo a match. */
  bankStatements: ['ADV', 'FINANCE_DIRECTOR'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ACTION_ROLES;
