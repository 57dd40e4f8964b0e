import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { OrderStatus } from '../../db/schema/index.ts';
import { audit } from '../../lib/audit.ts';
import { type FieldError, notFound, validationFailed } from '../../lib/errors.ts';
import { emit } from '../../lib/outbox.ts';
import { queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { customerScope } from '../customers/customer-scope.ts';
import { defaultWarehouseId, releaseStock, shipStock } from '../inventory/reservations.ts';
import { startReceivableTerms } from '../payments/credit.ts';
import { chargeShippedCreditOrder } from '../payments/payments.service.ts';
import { refundOrderExcess } from '../payments/refunds.service.ts';
import { getOrderSettings } from './order-settings.service.ts';
import { checkTransition, type OrderActor, systemActor, transition } from './order-transition.ts';
import { getOrder, type OrderViewRow } from './orders.query.ts';

interface LockedOrder {
  id: number;
  number: string;
  customerId: number;
  status: OrderStatus;
}

/** The order row locked for this transaction, if the user may see it; NOT_FOUND otherwise. */
async function lockOrder(tx: Tx, user: AuthUser | null, id: number): Promise<LockedOrder> {
  const [row] = await queryRows<LockedOrder>(
    tx,
    sql`SELECT o.id::int AS id, o.number, o.customer_id::int AS "customerId", o.status
          FROM orders o JOIN customers c ON c.id = o.customer_id
         WHERE o.id = ${id} AND ${user ? customerScope(user) : sql`true`}
           FOR UPDATE OF o`,
  );
  if (!row) throw notFound('Order');
  return row;
}

/** What an order still holds, per SKU and warehouse. */
async function heldStock(tx: Tx, orderId: number) {
  return queryRows<{ skuId: number; warehouseId: number; quantity: number }>(
    tx,
    sql`SELECT sku_id::int AS "skuId", warehouse_id::int AS "warehouseId", reserved AS quantity
          FROM order_allocations WHERE order_id = ${orderId} AND reserved > 0
         ORDER BY sku_id, warehouse_id`,
  );
}

/** Approves the order's current review step; it goes to the next enabled step or awaiting shipment. */
export async function approveOrder(db: Db, user: AuthUser, id: number, note?: string): Promise<OrderViewRow> {
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, user, id);
    await transition(tx, order, 'approve', user, { note });
    return getOrder(tx, user, id);
  });
}

/**
 * Cancels the order and releases every unit it still holds. The buyer may cancel only while the
 * order waits for review; staff until it ships. Audited when staff cancel.
 */
export async function cancelOrder(db: Db, user: AuthUser, id: number, reason: string): Promise<OrderViewRow> {
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, user, id);
    await cancelLocked(tx, order, user, reason);
    if (user.kind === 'staff') {
      await audit(
        tx,
        { id: user.id, name: user.name },
        {
          action: 'order.cancelled',
          targetType: 'order',
          targetId: id,
          details: { number: order.number, reason, from: order.status },
        },
      );
    }
    return getOrder(tx, user, id);
  });
}

async function cancelLocked(tx: Tx, order: LockedOrder, actor: OrderActor, reason: string): Promise<void> {
  await transition(tx, order, 'cancel', actor, {
    note: reason,
    set: sql`cancel_reason = ${reason}`,
  });
  const skuIds = await releaseOrderStock(tx, order.id);
  if (skuIds.length) await emit(tx, { topic: 'stock.changed', customerId: null, payload: { skuIds } });
  await refundOrderExcess(tx, actor, order.id, 'cancel', reason);
}

/** Gives back everything the order still holds (its allocations go to zero); returns the SKUs freed. */
export async function releaseOrderStock(tx: Tx, orderId: number): Promise<number[]> {
  const held = await heldStock(tx, orderId);
  await releaseStock(tx, held);
  await tx.execute(sql`UPDATE order_allocations SET reserved = 0 WHERE order_id = ${orderId} AND reserved > 0`);
  return [...new Set(held.map((h) => h.skuId))];
}

export interface ShipInput {
  lines: { skuId: number; quantity: number }[];
  carrier?: string;
  trackingNumber?: string;
}

/**
 * Ships some or all of what is left of an order: each SKU's quantity comes out of on hand and out of
 * what the order reserved (warehouse by warehouse, default first; a backordered part out of free
 * stock), with a `shipment` movement per level; the lines count what was shipped. The order becomes
 * shipped when nothing is left, partially shipped otherwise.
 */
export async function shipOrder(
  db: Db,
  user: AuthUser,
  id: number,
  input: ShipInput,
): Promise<OrderViewRow & { shipment: OrderViewRow['shipments'][number] }> {
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, user, id);
    checkTransition(order, 'ship', user);
    const lines = await queryRows<{ id: number; skuId: number; left: number }>(
      tx,
      sql`SELECT id::int AS id, sku_id::int AS "skuId", base_quantity - shipped_quantity AS left
            FROM order_lines WHERE order_id = ${id} ORDER BY line_no`,
    );
    const allocations = await queryRows<{ skuId: number; warehouseId: number; reserved: number }>(
      tx,
      sql`SELECT a.sku_id::int AS "skuId", a.warehouse_id::int AS "warehouseId", a.reserved
            FROM order_allocations a JOIN warehouses w ON w.id = a.warehouse_id
           WHERE a.order_id = ${id} ORDER BY w.is_default DESC, w.code, w.id`,
    );
    const defaultWh = await defaultWarehouseId(tx);

    // Quantities per SKU (two entries of one SKU add up), checked against what is left to ship.
    const wanted = new Map<number, { quantity: number; index: number }>();
    input.lines.forEach((l, index) => {
      const entry = wanted.get(l.skuId) ?? { quantity: 0, index };
      entry.quantity += l.quantity;
      wanted.set(l.skuId, entry);
    });
    const fields: FieldError[] = [];
    for (const [skuId, { quantity, index }] of wanted) {
      const left = lines.filter((l) => l.skuId === skuId).reduce((s, l) => s + l.left, 0);
      if (!lines.some((l) => l.skuId === skuId)) {
        fields.push({
          path: `/body/lines/${index}/skuId`,
          message: `SKU ${skuId} 不在该订单中 / SKU ${skuId} is not on this order`,
        });
      } else if (quantity > left) {
        fields.push({ path: `/body/lines/${index}/quantity`, message: `待发仅剩 ${left} / only ${left} left to ship` });
      }
    }
    if (fields.length) throw validationFailed(fields);

    const totalLeft = lines.reduce((s, l) => s + l.left, 0);
    const shippedNow = [...wanted.values()].reduce((s, w) => s + w.quantity, 0);
    await transition(tx, order, 'ship', user, {
      fullyShipped: shippedNow === totalLeft,
      note: [input.carrier, input.trackingNumber].filter(Boolean).join(' '),
      details: { carrier: input.carrier ?? '', trackingNumber: input.trackingNumber ?? '' },
      set: sql`shipped_at = CASE WHEN ${shippedNow === totalLeft} THEN now() ELSE shipped_at END`,
    });

    // Which warehouses the goods come from, and which lines they fill.
    const outs: { skuId: number; warehouseId: number; quantity: number; fromReserved: number }[] = [];
    const shipmentLines: { lineId: number; skuId: number; warehouseId: number; quantity: number }[] = [];
    for (const [skuId, { quantity }] of [...wanted].sort((a, b) => a[0] - b[0])) {
      let left = quantity;
      const sources: { warehouseId: number; quantity: number }[] = [];
      for (const a of allocations.filter((x) => x.skuId === skuId)) {
        const take = Math.min(left, a.reserved);
        if (take <= 0) continue;
        outs.push({ skuId, warehouseId: a.warehouseId, quantity: take, fromReserved: take });
        sources.push({ warehouseId: a.warehouseId, quantity: take });
        left -= take;
      }
      if (left > 0) {
        // A backordered part ships from free stock of the default warehouse.
        const warehouseId = defaultWh ?? allocations[0]?.warehouseId;
        outs.push({ skuId, warehouseId, quantity: left, fromReserved: 0 });
        sources.push({ warehouseId, quantity: left });
      }
      // Fill the SKU's lines in line order from those sources (they add up to `quantity`).
      let remaining = quantity;
      let source = 0;
      for (const line of lines.filter((l) => l.skuId === skuId)) {
        let fill = Math.min(line.left, remaining);
        remaining -= fill;
        while (fill > 0) {
          const chunk = sources[source];
          const take = Math.min(fill, chunk.quantity);
          shipmentLines.push({ lineId: line.id, skuId, warehouseId: chunk.warehouseId, quantity: take });
          chunk.quantity -= take;
          fill -= take;
          if (!chunk.quantity) source++;
        }
      }
    }

    const [shipment] = await queryRows<{ id: number }>(
      tx,
      sql`INSERT INTO shipments (order_id, carrier, tracking_number, lines, created_by_id)
          VALUES (${id}, ${input.carrier?.trim() ?? ''}, ${input.trackingNumber?.trim() ?? ''}, ${JSON.stringify(shipmentLines)}::jsonb, ${user.id})
          RETURNING id::int AS id`,
    );
    await shipStock(tx, outs, { type: 'order', id, reason: `发货 ${order.number}`, actorId: user.id });
    for (const out of outs) {
      if (out.fromReserved > 0) {
        await tx.execute(sql`UPDATE order_allocations SET reserved = reserved - ${out.fromReserved}
                              WHERE order_id = ${id} AND sku_id = ${out.skuId} AND warehouse_id = ${out.warehouseId}`);
      }
    }
    const perLine = new Map<number, number>();
    for (const s of shipmentLines) perLine.set(s.lineId, (perLine.get(s.lineId) ?? 0) + s.quantity);
    for (const [lineId, quantity] of perLine) {
      await tx.execute(
        sql`UPDATE order_lines SET shipped_quantity = shipped_quantity + ${quantity} WHERE id = ${lineId}`,
      );
    }
    await emit(tx, { topic: 'stock.changed', customerId: null, payload: { skuIds: [...wanted.keys()] } });
    // Goods on credit are charged to the receivable when they leave; its term starts then.
    await chargeShippedCreditOrder(tx, user, id);
    await startReceivableTerms(tx, id);
    const view = await getOrder(tx, user, id);
    return { ...view, shipment: view.shipments.find((s) => s.id === shipment.id) as OrderViewRow['shipments'][number] };
  });
}

/** The buyer confirms receipt (or staff complete for it): shipped → completed. */
export async function completeOrder(db: Db, user: AuthUser, id: number, note?: string): Promise<OrderViewRow> {
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, user, id);
    await transition(tx, order, 'complete', user, {
      note: note ?? (user.kind === 'customer' ? '确认收货' : ''),
      set: sql`completed_at = now()`,
    });
    return getOrder(tx, user, id);
  });
}

/**
 * The scheduled job: completes every order shipped more than `autoCompleteDays` ago (settings),
 * one transaction per order, as the system. Returns how many it completed.
 */
export async function completeOverdueOrders(db: Db, now = new Date()): Promise<number> {
  const { autoCompleteDays } = await getOrderSettings(db);
  const due = await queryRows<{ id: number }>(
    db,
    sql`SELECT id::int AS id FROM orders
         WHERE status = 'shipped' AND shipped_at < ${now.toISOString()}::timestamptz - make_interval(days => ${autoCompleteDays})
         ORDER BY id LIMIT 500`,
  );
  let done = 0;
  for (const { id } of due) {
    done += await db.transaction(async (tx) => {
      const order = await lockOrder(tx, null, id);
      if (order.status !== 'shipped') return 0;
      await transition(tx, order, 'complete', systemActor, {
        note: `发货 ${autoCompleteDays} 天后自动确认收货`,
        set: sql`completed_at = now()`,
      });
      return 1;
    });
  }
  return done;
}
