import type { Role } from './http';

/** Who sees which screen (the API enforces the same rules; the menu only hides what would be refused). */
export const SCREENS = {
  approvals: ['MANAGER', 'FINANCE_DIRECTOR', 'DIRECTOR'],
  tasks: ['SALES', 'ADV', 'MANAGER'],
  policies: ['ADMIN'],
  settings: ['ADMIN'],
  createInvoice: ['SALES', 'ADV', 'MANAGER', 'DIRECTOR'],
  sendInvoice: ['ADV'],
  recordPayment: ['ADV', 'FINANCE_DIRECTOR', 'DIRECTOR'],
  creditNote: ['ADV', 'FINANCE_DIRECTOR', 'DIRECTOR'],
  dispute: ['ADV', 'SALES', 'MANAGER', 'FINANCE_DIRECTOR', 'DIRECTOR'],
  createCustomer: ['SALES', 'ADV', 'MANAGER', 'DIRECTOR'],
  editCustomer: ['SALES', 'ADV', 'MANAGER', 'FINANCE_DIRECTOR', 'DIRECTOR'],
  editProfile: ['MANAGER', 'FINANCE_DIRECTOR', 'DIRECTOR', 'ADMIN'],
} satisfies Record<string, Role[]>;

export type Screen = keyof typeof SCREENS;

export function may(role: unknown, screen: Screen): boolean {
  return (SCREENS[screen] as string[]).includes(String(role));
}

export const ROLE_LABELS: Record<Role, string> = {
  SALES: 'Commercial',
  MANAGER: 'Responsable commercial',
  FINANCE_DIRECTOR: 'Directeur financier',
  ADV: 'ADV',
  DIRECTOR: 'Direction',
  ADMIN: 'Administrateur',
};
