import type { Prisma } from '../generated/prisma/client';
import type { AuthUser } from '../auth/auth-user';

/** One dashboard computation: who asks, the company's local "today", and which invoices count. */
export interface DashboardContext {
  user: AuthUser;
  timezone: string;
  now: Date;
  /** The company's local date, YYYY-MM-DD. */
  today: string;
  /** The same day as a UTC-midnight Date, comparable with @db.Date columns. */
  todayDate: Date;
  /** The company's invoices, narrowed to one sales rep's customers when asked. */
  scope: Prisma.InvoiceWhereInput;
}
