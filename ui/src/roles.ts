import { ACTION_ROLES } from '../../src/auth/action-roles';
import type { Role } from './http';

/** Who sees which screen: the API's own role list per action (the API enforces it; the menu only hides what would be refused). */
export const SCREENS = ACTION_ROLES;

export type Screen = keyof typeof SCREENS;

export function may(role: unknown, screen: Screen): boolean {
  return (SCREENS[screen] as readonly string[]).includes(String(role));
}

export const ROLE_LABELS: Record<Role, string> = {
  SALES: 'Commercial',
  MANAGER: 'Responsable commercial',
  FINANCE_DIRECTOR: 'Directeur financier',
  ADV: 'ADV',
  DIRECTOR: 'Direction',
  ADMIN: 'Administrateur',
};
