import type { DbOrTx } from '../../db/client.ts';
import { notFound, validationFailed } from '../../lib/errors.ts';
import type { AuthUser } from '../auth/session.ts';
import { assertCustomerInScope } from '../pricing/price-inputs.ts';

/**
 * The customer a quick order or a frequent-items list is for: a customer user's own company (another
 * id is NOT_FOUND), or the one staff name at `path` (required) within their scope (NOT_FOUND outside).
 */
export async function orderingCustomer(
  db: DbOrTx,
  user: AuthUser,
  customerId: number | undefined,
  path: string,
): Promise<number> {
  const id = orderingCustomerId(user, customerId, path);
  if (user.kind === 'staff') await assertCustomerInScope(db, user, id);
  return id;
}

/**
 * Which customer is meant, before any scope check: a customer user's own company (another id is
 * NOT_FOUND), or the one staff name at `path` (required).
 */
export function orderingCustomerId(user: AuthUser, customerId: number | undefined, path: string): number {
  if (user.kind === 'customer') {
    if (customerId !== undefined && customerId !== user.customerId) throw notFound('Customer');
    return user.customerId ?? -1;
  }
  if (customerId === undefined) {
    throw validationFailed([
      { path, message: '代客下单须指定客户 / staff ordering on a customer’s behalf must name the customer' },
    ]);
  }
  return customerId;
}
