import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { skus, skuUnits } from './catalog.ts';
import { customers } from './customers.ts';
import { warehouses } from './inventory.ts';

// Orders (docs/orders.md): one row per order with snapshots of what was agreed (prices, address),
// its lines, the stock each line holds per warehouse, shipments, and a timeline both sides see.

export const orderStatuses = [
  'pending_review',
  'finance_review',
  'warehouse_review',
  'awaiting_shipment',
  'partially_shipped',
  'shipped',
  'completed',
  'cancelled',
] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export const paymentStatuses = ['unpaid', 'partially_paid', 'paid', 'refunded'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

export const paymentMethods = ['wallet', 'credit', 'offline', 'alipay', 'wechat'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

/** The delivery address as it was when the order was placed. */
export interface AddressSnapshot {
  addressId: number | null;
  contactName: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  address: string;
}

/** An enum's values as the SQL list of a CHECK constraint. */
export const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/** Feeds order numbers; a sequence never blocks concurrent orders the way a counter row would. */
export const orderNumberSeq = pgSequence('order_number_seq');

export const orders = pgTable(
  'orders',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** SO + placing date (Asia/Shanghai) + id, e.g. SO20261201-00042. */
    number: text('number')
      .notNull()
      .default(
        sql`'SO' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-' || lpad(nextval('order_number_seq')::text, 5, '0')`,
      ),
    customerId: bigint('customer_id', { mode: 'number' })
      .notNull()
      .references(() => customers.id),
    /** The customer's salesperson when the order was placed (filters and data scope). */
    salespersonId: bigint('salesperson_id', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    status: text('status', { enum: orderStatuses }).notNull().default('pending_review'),
    paymentStatus: text('payment_status', { enum: paymentStatuses }).notNull().default('unpaid'),
    paymentMethod: text('payment_method', { enum: paymentMethods }),
    /** Sum of the lines' amounts, fen. */
    totalAmount: bigint('total_amount', { mode: 'number' }).notNull(),
    /** Received for the order (payments applied, credit charges included), fen. */
    paidAmount: bigint('paid_amount', { mode: 'number' }).notNull().default(0),
    /** Credited back by received returns (退货冲减): lowers what the order is worth, fen. */
    creditedAmount: bigint('credited_amount', { mode: 'number' }).notNull().default(0),
    /** Given back (refunds from a cancellation, a return or an edit), fen; never more than paid. */
    refundedAmount: bigint('refunded_amount', { mode: 'number' }).notNull().default(0),
    address: jsonb('address').$type<AddressSnapshot | null>(),
    remark: text('remark').notNull().default(''),
    /** Who placed it; a staff user here means 代客下单 (placed on the customer's behalf). */
    placedById: bigint('placed_by_id', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    placedByKind: text('placed_by_kind', { enum: ['customer', 'staff'] })
      .notNull()
      .default('customer'),
    cancelReason: text('cancel_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    shippedAt: timestamp('shipped_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('orders_number_uq').on(t.number),
    index('orders_customer_idx').on(t.customerId, t.id),
    index('orders_status_idx').on(t.status, t.id),
    index('orders_salesperson_idx').on(t.salespersonId, t.id),
    index('orders_created_idx').on(t.createdAt),
    check('orders_status_ck', sql`${t.status} IN (${inList(orderStatuses)})`),
    check('orders_payment_status_ck', sql`${t.paymentStatus} IN (${inList(paymentStatuses)})`),
    check(
      'orders_amounts_ck',
      sql`${t.totalAmount} >= 0 AND ${t.paidAmount} >= 0 AND ${t.refundedAmount} >= 0 AND ${t.refundedAmount} <= ${t.paidAmount} AND ${t.creditedAmount} >= 0 AND ${t.creditedAmount} <= ${t.totalAmount}`,
    ),
  ],
);

/** A line as agreed: the SKU's names, the unit and its factor, the customer's price then. */
export const orderLines = pgTable(
  'order_lines',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orderId: bigint('order_id', { mode: 'number' })
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    lineNo: integer('line_no').notNull(),
    skuId: bigint('sku_id', { mode: 'number' })
      .notNull()
      .references(() => skus.id),
    skuCode: text('sku_code').notNull(),
    productName: text('product_name').notNull(),
    skuName: text('sku_name').notNull().default(''),
    /** null = the SKU's base unit. */
    unitId: bigint('unit_id', { mode: 'number' }).references(() => skuUnits.id, { onDelete: 'set null' }),
    unitName: text('unit_name').notNull(),
    unitFactor: integer('unit_factor').notNull().default(1),
    /** In the line's unit. */
    quantity: integer('quantity').notNull(),
    /** quantity × unitFactor, in the SKU's base unit: what stock counts. */
    baseQuantity: integer('base_quantity').notNull(),
    /** Fen per one of the line's unit. */
    unitPrice: bigint('unit_price', { mode: 'number' }).notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    priceRule: text('price_rule').notNull(),
    /** Base units shipped so far. */
    shippedQuantity: integer('shipped_quantity').notNull().default(0),
  },
  (t) => [
    uniqueIndex('order_lines_order_line_uq').on(t.orderId, t.lineNo),
    index('order_lines_sku_idx').on(t.skuId),
    check('order_lines_quantity_ck', sql`${t.quantity} > 0 AND ${t.baseQuantity} > 0`),
    check('order_lines_shipped_ck', sql`${t.shippedQuantity} >= 0 AND ${t.shippedQuantity} <= ${t.baseQuantity}`),
  ],
);

/**
 * Stock an order holds: per (order, SKU, warehouse) the base units still reserved. The sum over open
 * orders equals `stock_levels.reserved` for every level (tested).
 */
export const orderAllocations = pgTable(
  'order_allocations',
  {
    orderId: bigint('order_id', { mode: 'number' })
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    skuId: bigint('sku_id', { mode: 'number' })
      .notNull()
      .references(() => skus.id),
    warehouseId: bigint('warehouse_id', { mode: 'number' })
      .notNull()
      .references(() => warehouses.id),
    /** Base units reserved when placed (or last edited). */
    quantity: integer('quantity').notNull(),
    /** Base units still reserved: shipping and cancelling take them down. */
    reserved: integer('reserved').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orderId, t.skuId, t.warehouseId] }),
    index('order_allocations_level_idx').on(t.skuId, t.warehouseId),
    check('order_allocations_reserved_ck', sql`${t.reserved} >= 0 AND ${t.reserved} <= ${t.quantity}`),
  ],
);

export const shipments = pgTable(
  'shipments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orderId: bigint('order_id', { mode: 'number' })
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    carrier: text('carrier').notNull().default(''),
    trackingNumber: text('tracking_number').notNull().default(''),
    /** [{lineId, skuId, warehouseId, quantity (base units)}] */
    lines: jsonb('lines').$type<{ lineId: number; skuId: number; warehouseId: number; quantity: number }[]>().notNull(),
    createdById: bigint('created_by_id', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('shipments_order_idx').on(t.orderId)],
);

/** The order's timeline: every step, who took it and when. Append-only. */
export const orderEvents = pgTable(
  'order_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orderId: bigint('order_id', { mode: 'number' })
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    actorId: bigint('actor_id', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    actorName: text('actor_name'),
    /** 'customer', 'staff' or 'system' (scheduled jobs). */
    actorKind: text('actor_kind').notNull(),
    note: text('note').notNull().default(''),
    details: jsonb('details').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('order_events_order_idx').on(t.orderId, t.id)],
);

/** A customer user's cart: one row per SKU and unit; prices are resolved when read and at checkout. */
export const cartItems = pgTable(
  'cart_items',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: bigint('user_id', { mode: 'number' })
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    skuId: bigint('sku_id', { mode: 'number' })
      .notNull()
      .references(() => skus.id, { onDelete: 'cascade' }),
    /** 0 = the base unit (so the unique index can hold it). */
    unitId: bigint('unit_id', { mode: 'number' }).notNull().default(0),
    quantity: integer('quantity').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cart_items_user_sku_unit_uq').on(t.userId, t.skuId, t.unitId),
    check('cart_items_quantity_ck', sql`${t.quantity} > 0`),
  ],
);

export const returnStatuses = ['requested', 'approved', 'received', 'rejected', 'cancelled'] as const;
export type ReturnStatus = (typeof returnStatuses)[number];

/**
 * A return (退货) of shipped goods: requested by the buyer (or staff for it), approved with the
 * refund amount, received back into stock. The refund itself is paid by the money module.
 */
export const orderReturns = pgTable(
  'order_returns',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orderId: bigint('order_id', { mode: 'number' })
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    status: text('status', { enum: returnStatuses }).notNull().default('requested'),
    /** [{lineId, skuId, quantity (base units), amount (fen)}] */
    lines: jsonb('lines').$type<{ lineId: number; skuId: number; quantity: number; amount: number }[]>().notNull(),
    reason: text('reason').notNull(),
    /** What the buyer gets back, fen: the lines' value unless staff set it on approval. */
    refundAmount: bigint('refund_amount', { mode: 'number' }).notNull(),
    warehouseId: bigint('warehouse_id', { mode: 'number' }).references(() => warehouses.id),
    note: text('note').notNull().default(''),
    requestedById: bigint('requested_by_id', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    decidedById: bigint('decided_by_id', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    receivedById: bigint('received_by_id', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }),
  },
  (t) => [
    index('order_returns_order_idx').on(t.orderId),
    index('order_returns_status_idx').on(t.status, t.id),
    check('order_returns_status_ck', sql`${t.status} IN (${inList(returnStatuses)})`),
    check('order_returns_refund_ck', sql`${t.refundAmount} >= 0`),
  ],
);
