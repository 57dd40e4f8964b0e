import { sql } from 'drizzle-orm';
import { Type } from 'typebox';
import type { App } from '../../lib/app-types.ts';
import { DateTime, Id } from '../../lib/schema-types.ts';
import { iso, queryRows } from '../../lib/sql.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { customerScope } from '../customers/customer-scope.ts';

const Figure = Type.Object({
  key: Type.String({ description: 'stable key the UI translates, e.g. customers, pendingCustomers' }),
  value: Type.Integer(),
});

const WorkbenchView = Type.Object({
  figures: Type.Array(Figure),
  recentCustomers: Type.Array(
    Type.Object({ id: Id, code: Type.String(), name: Type.String(), status: Type.String(), createdAt: DateTime }),
  ),
  recentAudit: Type.Array(
    Type.Object({ id: Id, at: DateTime, action: Type.String(), actorName: Type.Union([Type.String(), Type.Null()]) }),
  ),
});

/**
 * The home of the staff console: the figures and lists the caller's permissions allow, each scoped
 * like the rest of the API (a salesperson's customer counts are its own customers).
 */
export async function workbenchRoutes(app: App) {
  const db = app.deps.database.db;
  app.get(
    '/api/workbench',
    {
      config: { access: 'signedIn' },
      schema: {
        tags: ['workbench'],
        summary: 'Role-specific figures for the home page',
        response: { 200: WorkbenchView },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const can = (p: string) => user.permissions.includes(p as never);
      const parts: ReturnType<typeof sql>[] = [];
      if (user.kind === 'staff' && can('customers:view')) {
        parts.push(
          sql`(SELECT count(*)::int FROM customers c WHERE ${customerScope(user)} AND c.status = 'active') AS customers`,
        );
        parts.push(
          sql`(SELECT count(*)::int FROM customers c WHERE ${customerScope(user)} AND c.status = 'pending') AS "pendingCustomers"`,
        );
      }
      if (can('products:view')) {
        parts.push(sql`(SELECT count(*)::int FROM products WHERE status = 'on') AS products`);
        parts.push(
          sql`(SELECT count(*)::int FROM skus s JOIN products p ON p.id = s.product_id WHERE p.status = 'on') AS skus`,
        );
      }
      if (can('users:view')) {
        parts.push(sql`(SELECT count(*)::int FROM users WHERE kind = 'staff' AND status = 'active') AS "staffUsers"`);
        parts.push(
          sql`(SELECT count(*)::int FROM users WHERE kind = 'customer' AND status = 'active') AS "customerUsers"`,
        );
      }
      if (can('audit:view')) {
        const today = sql`date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai'`;
        parts.push(
          sql`(SELECT count(*)::int FROM audit_log WHERE action = 'auth.login' AND at >= ${today}) AS "signInsToday"`,
        );
        parts.push(
          sql`(SELECT count(*)::int FROM audit_log WHERE action = 'auth.login_failed' AND at >= ${today}) AS "failedSignInsToday"`,
        );
      }
      const [row] = parts.length
        ? await queryRows<Record<string, number>>(db, sql`SELECT ${sql.join(parts, sql`, `)}`)
        : [{}];
      const figures = Object.entries(row).map(([key, value]) => ({ key, value: Number(value) }));
      const recentCustomers =
        user.kind === 'staff' && can('customers:view')
          ? await queryRows<never>(
              db,
              sql`SELECT c.id::int AS id, c.code, c.name, c.status, ${iso('c.created_at')} AS "createdAt" FROM customers c
                   WHERE ${customerScope(user)} ORDER BY c.created_at DESC, c.id DESC LIMIT 5`,
            )
          : [];
      const recentAudit = can('audit:view')
        ? await queryRows<never>(
            db,
            sql`SELECT id::int AS id, ${iso('at')} AS at, action, actor_name AS "actorName" FROM audit_log ORDER BY at DESC, id DESC LIMIT 8`,
          )
        : [];
      return { figures, recentCustomers, recentAudit };
    },
  );
}
