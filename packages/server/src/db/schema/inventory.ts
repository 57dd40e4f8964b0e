import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { skus } from './catalog.ts';

// Inventory (docs/inventory.md): per SKU and warehouse, on hand follows the append-only movement
// ledger; every change of on_hand writes one movement in the same transaction.

export const warehouseStatuses = ['active', 'disabled'] as const;
export type WarehouseStatus = (typeof warehouseStatuses)[number];

export const movementKinds = [
  'receipt',
  'shipment',
  'adjustment',
  'stocktake',
  'transfer_in',
  'transfer_out',
  'return',
] as const;
export type MovementKind = (typeof movementKinds)[number];

export const warehouses = pgTable(
  'warehouses',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    address: text('address').notNull().default(''),
    isDefault: boolean('is_default').notNull().default(false),
    status: text('status', { enum: warehouseStatuses }).notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('warehouses_code_uq').on(t.code),
    // At most one default warehouse.
    uniqueIndex('warehouses_one_default_uq').on(t.isDefault).where(sql`${t.isDefault}`),
    check('warehouses_status_ck', sql`${t.status} IN ('active', 'disabled')`),
  ],
);

/** On hand and reserved per SKU and warehouse; available = on_hand - reserved. */
export const stockLevels = pgTable(
  'stock_levels',
  {
    skuId: bigint('sku_id', { mode: 'number' })
      .notNull()
      .references(() => skus.id, { onDelete: 'cascade' }),
    warehouseId: bigint('warehouse_id', { mode: 'number' })
      .notNull()
      .references(() => warehouses.id),
    onHand: integer('on_hand').notNull().default(0),
    reserved: integer('reserved').notNull().default(0),
    lowStockThreshold: integer('low_stock_threshold'),
  },
  (t) => [
    primaryKey({ columns: [t.skuId, t.warehouseId] }),
    index('stock_levels_warehouse_idx').on(t.warehouseId),
    check('stock_levels_on_hand_ck', sql`${t.onHand} >= 0`),
    check('stock_levels_reserved_ck', sql`${t.reserved} >= 0 AND ${t.reserved} <= ${t.onHand}`),
  ],
);

/** The append-only ledger: `quantity` is the signed change of on_hand. Rows are never updated or deleted. */
export const stockMovements = pgTable(
  'stock_movements',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    skuId: bigint('sku_id', { mode: 'number' })
      .notNull()
      .references(() => skus.id, { onDelete: 'cascade' }),
    warehouseId: bigint('warehouse_id', { mode: 'number' })
      .notNull()
      .references(() => warehouses.id),
    kind: text('kind', { enum: movementKinds }).notNull(),
    quantity: integer('quantity').notNull(),
    reason: text('reason').notNull().default(''),
    referenceType: text('reference_type'),
    referenceId: bigint('reference_id', { mode: 'number' }),
    /** The batch the movement changed, for SKUs kept in batches. */
    batchId: bigint('batch_id', { mode: 'number' }).references((): AnyPgColumn => stockBatches.id),
    actorId: bigint('actor_id', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('stock_movements_sku_wh_time_idx').on(t.skuId, t.warehouseId, t.createdAt),
    check(
      'stock_movements_kind_ck',
      sql`${t.kind} IN ('receipt', 'shipment', 'adjustment', 'stocktake', 'transfer_in', 'transfer_out', 'return')`,
    ),
  ],
);

/**
 * Batches (批次) of a SKU in a warehouse with their expiry date, for SKUs with `track_batches`; the
 * batches' on hand add up to the level's on hand. Shipments take the earliest expiry first.
 */
export const stockBatches = pgTable(
  'stock_batches',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    skuId: bigint('sku_id', { mode: 'number' })
      .notNull()
      .references(() => skus.id, { onDelete: 'cascade' }),
    warehouseId: bigint('warehouse_id', { mode: 'number' })
      .notNull()
      .references(() => warehouses.id),
    batchNo: text('batch_no').notNull(),
    /** The last day the goods may be sold; null = no expiry. */
    expiresOn: date('expires_on', { mode: 'string' }),
    onHand: integer('on_hand').notNull().default(0),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('stock_batches_level_no_uq').on(t.skuId, t.warehouseId, t.batchNo),
    index('stock_batches_fefo_idx').on(t.skuId, t.warehouseId, t.expiresOn),
    check('stock_batches_on_hand_ck', sql`${t.onHand} >= 0`),
  ],
);

export const stocktakeStatuses = ['open', 'posted', 'cancelled'] as const;
export type StocktakeStatus = (typeof stocktakeStatuses)[number];

/** A stocktake (盘点) of one warehouse: counted quantities against the book, posted as movements. */
export const stocktakes = pgTable(
  'stocktakes',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    warehouseId: bigint('warehouse_id', { mode: 'number' })
      .notNull()
      .references(() => warehouses.id),
    status: text('status', { enum: stocktakeStatuses }).notNull().default('open'),
    note: text('note').notNull().default(''),
    createdById: bigint('created_by_id', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    postedById: bigint('posted_by_id', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    postedAt: timestamp('posted_at', { withTimezone: true }),
  },
  (t) => [
    index('stocktakes_warehouse_idx').on(t.warehouseId, t.id),
    check('stocktakes_status_ck', sql`${t.status} IN ('open', 'posted', 'cancelled')`),
  ],
);

export const stocktakeLines = pgTable(
  'stocktake_lines',
  {
    stocktakeId: bigint('stocktake_id', { mode: 'number' })
      .notNull()
      .references(() => stocktakes.id, { onDelete: 'cascade' }),
    skuId: bigint('sku_id', { mode: 'number' })
      .notNull()
      .references(() => skus.id, { onDelete: 'cascade' }),
    /** On hand by the book when the line was counted. */
    bookQuantity: integer('book_quantity').notNull(),
    countedQuantity: integer('counted_quantity').notNull(),
    countedAt: timestamp('counted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.stocktakeId, t.skuId] }),
    check('stocktake_lines_counted_ck', sql`${t.countedQuantity} >= 0`),
  ],
);
