import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';

/** Customer levels (客户等级): a discount applied to the base wholesale price, 90 = 九折. */
export const customerLevels = pgTable(
  'customer_levels',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    discountPercent: integer('discount_percent').notNull().default(100),
    sort: integer('sort').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('customer_levels_name_uq').on(t.name)],
);

/** A customer company that orders from the supplier. Money is integer fen. */
export const customers = pgTable(
  'customers',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    levelId: bigint('level_id', { mode: 'number' }).references(() => customerLevels.id),
    salespersonId: bigint('salesperson_id', { mode: 'number' }).references((): AnyPgColumn => users.id, {
      onDelete: 'set null',
    }),
    status: text('status', { enum: ['pending', 'active', 'disabled'] })
      .notNull()
      .default('active'),
    contactName: text('contact_name'),
    phone: text('phone'),
    province: text('province'),
    city: text('city'),
    district: text('district'),
    address: text('address'),
    creditLimit: bigint('credit_limit', { mode: 'number' }).notNull().default(0),
    paymentTermDays: integer('payment_term_days').notNull().default(0),
    /** The payment methods this customer may use; null = the supplier's defaults (settings `payments`). */
    paymentMethods: text('payment_methods').array(),
    notes: text('notes').notNull().default(''),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** How the record came to be: created by staff, self-registered from the sign-in page, or imported. */
    source: text('source', { enum: ['staff', 'registration', 'import'] })
      .notNull()
      .default('staff'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('customers_code_uq').on(t.code),
    index('customers_salesperson_idx').on(t.salespersonId),
    index('customers_level_idx').on(t.levelId),
  ],
);

/** Delivery addresses of a customer (several delivery locations); one is the default. */
export const customerAddresses = pgTable(
  'customer_addresses',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    customerId: bigint('customer_id', { mode: 'number' })
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    label: text('label').notNull().default(''),
    contactName: text('contact_name').notNull(),
    phone: text('phone').notNull(),
    province: text('province').notNull(),
    city: text('city').notNull(),
    district: text('district').notNull(),
    address: text('address').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('customer_addresses_customer_idx').on(t.customerId)],
);
