import { type SQL, sql } from 'drizzle-orm';
import type { AuthUser } from '../auth/session.ts';

/**
 * The rows of `customers` (aliased `alias`) the user may see: a customer user only its own company,
 * a staff user with 'own' scope (salesperson) only customers assigned to it, everyone else all.
 * Every query that touches customer data goes through this, so scope never depends on the UI.
 */
export function customerScope(user: AuthUser, alias = 'c'): SQL {
  const col = (name: string) => sql.raw(`${alias}.${name}`);
  if (user.kind === 'customer') return sql`${col('id')} = ${user.customerId ?? -1}`;
  if (user.dataScope === 'own') return sql`${col('salesperson_id')} = ${user.id}`;
  return sql`true`;
}

/** 138****1234: phone numbers in lists show only their first three and last four digits. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const digits = phone.replace(/\s/g, '');
  if (digits.length < 8) return digits.replace(/\d(?=\d{2})/g, '*');
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}
