import { bigint, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { skus, skuUnits } from './catalog.ts';
import { customerLevels, customers } from './customers.ts';

// Every price row names a SKU and a unit (null = the SKU's base unit) and may be limited to a
// time window [startsAt, endsAt). The resolution order is in docs/pricing.md.

const window = () => ({
  startsAt: timestamp('starts_at', { withTimezone: true }),
  endsAt: timestamp('ends_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Price lists per customer level: fixed prices that beat the level's discount. */
export const levelPrices = pgTable(
  'level_prices',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    levelId: bigint('level_id', { mode: 'number' })
      .notNull()
      .references(() => customerLevels.id, { onDelete: 'cascade' }),
    skuId: bigint('sku_id', { mode: 'number' })
      .notNull()
      .references(() => skus.id, { onDelete: 'cascade' }),
    unitId: bigint('unit_id', { mode: 'number' }).references(() => skuUnits.id, { onDelete: 'cascade' }),
    price: bigint('price', { mode: 'number' }).notNull(),
    ...window(),
  },
  (t) => [index('level_prices_lookup_idx').on(t.levelId, t.skuId)],
);

/** Customer-specific prices: beat level prices and discounts. */
export const customerPrices = pgTable(
  'customer_prices',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    customerId: bigint('customer_id', { mode: 'number' })
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    skuId: bigint('sku_id', { mode: 'number' })
      .notNull()
      .references(() => skus.id, { onDelete: 'cascade' }),
    unitId: bigint('unit_id', { mode: 'number' }).references(() => skuUnits.id, { onDelete: 'cascade' }),
    price: bigint('price', { mode: 'number' }).notNull(),
    note: text('note').notNull().default(''),
    ...window(),
  },
  (t) => [index('customer_prices_lookup_idx').on(t.customerId, t.skuId)],
);

/**
 * Quantity breaks (阶梯价): from `minQuantity` units on, the unit price is `price` — for every
 * customer, or only for one level when `levelId` is set.
 */
export const quantityBreaks = pgTable(
  'quantity_breaks',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    skuId: bigint('sku_id', { mode: 'number' })
      .notNull()
      .references(() => skus.id, { onDelete: 'cascade' }),
    unitId: bigint('unit_id', { mode: 'number' }).references(() => skuUnits.id, { onDelete: 'cascade' }),
    levelId: bigint('level_id', { mode: 'number' }).references(() => customerLevels.id, { onDelete: 'cascade' }),
    minQuantity: integer('min_quantity').notNull(),
    price: bigint('price', { mode: 'number' }).notNull(),
    ...window(),
  },
  (t) => [index('quantity_breaks_sku_idx').on(t.skuId)],
);
