import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../lib/sql.ts';
import type { AuthUser } from './session.ts';

/** The `/api/auth/me` view of a user: identity, company, roles and permissions. */
export async function describeMe(db: DbOrTx, user: AuthUser) {
  const [row] = await queryRows<{ roles: { code: string; name: string }[] | null; customer_name: string | null }>(
    db,
    sql`SELECT
          (SELECT json_agg(json_build_object('code', r.code, 'name', r.name) ORDER BY r.id)
             FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = ${user.id}) AS roles,
          (SELECT name FROM customers WHERE id = ${user.customerId}) AS customer_name`,
  );
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    kind: user.kind,
    ...(user.customerId !== null ? { customerId: user.customerId, customerName: row?.customer_name ?? undefined } : {}),
    roles: row?.roles ?? [],
    permissions: user.permissions,
    dataScope: user.dataScope,
  };
}
