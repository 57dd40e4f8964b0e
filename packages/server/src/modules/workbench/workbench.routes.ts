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
  toShip: Type.Array(
    Type.Object(
      { id: Id, number: Type.String(), customerName: Type.String(), status: Type.String(), createdAt: DateTime },
      { description: 'orders waiting for shipment, oldest first (orders:ship)' },
    ),
  ),
  lowStock: Type.Array(
    Type.Object(
      {
        skuId: Id,
        skuCode: Type.String(),
        productName: Type.String(),
        warehouseName: Type.String(),
        available: Type.Integer(),
        threshold: Type.Integer(),
      },
      { description: 'levels below their low-stock threshold, the emptiest first (inventory:view)' },
    ),
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
      const orderScope = sql`FROM orders o JOIN customers c ON c.id = o.customer_id WHERE ${customerScope(user)}`;
      const todayStart = sql`date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai'`;
      if (user.kind === 'staff' && can('orders:approve')) {
        parts.push(sql`(SELECT count(*)::int ${orderScope} AND o.status = 'pending_review') AS "ordersToReview"`);
        parts.push(sql`(SELECT count(*)::int ${orderScope} AND o.created_at >= ${todayStart}) AS "ordersToday"`);
      }
      if (user.kind === 'staff' && can('orders:ship')) {
        parts.push(
          sql`(SELECT count(*)::int ${orderScope} AND o.status IN ('awaiting_shipment', 'partially_shipped')) AS "ordersToShip"`,
        );
        parts.push(
          sql`(SELECT count(*)::int ${orderScope} AND o.status = 'warehouse_review') AS "ordersWarehouseReview"`,
        );
        parts.push(
          sql`(SELECT count(*)::int FROM shipments s WHERE s.created_at >= ${todayStart}) AS "shipmentsToday"`,
        );
        parts.push(sql`(SELECT count(*)::int FROM order_returns r WHERE r.status = 'approved') AS "returnsToReceive"`);
      }
      if (user.kind === 'staff' && can('inventory:view')) {
        parts.push(
          sql`(SELECT count(*)::int FROM stock_levels sl WHERE sl.low_stock_threshold IS NOT NULL
                AND sl.on_hand - sl.reserved < sl.low_stock_threshold) AS "lowStockLevels"`,
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
      const toShip =
        user.kind === 'staff' && can('orders:ship')
          ? await queryRows<never>(
              db,
              sql`SELECT o.id::int AS id, o.number, c.name AS "customerName", o.status, ${iso('o.created_at')} AS "createdAt"
                    ${orderScope} AND o.status IN ('awaiting_shipment', 'partially_shipped')
                   ORDER BY o.id LIMIT 8`,
            )
          : [];
      const lowStock =
        user.kind === 'staff' && can('inventory:view')
          ? await queryRows<never>(
              db,
              sql`SELECT sl.sku_id::int AS "skuId", s.code AS "skuCode", p.name AS "productName", w.name AS "warehouseName",
                         sl.on_hand - sl.reserved AS available, sl.low_stock_threshold AS threshold
                    FROM stock_levels sl JOIN skus s ON s.id = sl.sku_id JOIN products p ON p.id = s.product_id
                    JOIN warehouses w ON w.id = sl.warehouse_id
                   WHERE sl.low_stock_threshold IS NOT NULL AND sl.on_hand - sl.reserved < sl.low_stock_threshold
                   ORDER BY sl.on_hand - sl.reserved, s.code LIMIT 8`,
            )
          : [];
      return { figures, recentCustomers, recentAudit, toShip, lowStock };
    },
  );
}
