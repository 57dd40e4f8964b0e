import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { customers } from './customers.ts';
import { inList } from './orders.ts';
import { payments } from './payments.ts';

// Billing (docs/payments.md): monthly statements (对账单) that customers confirm or dispute, and
// automatic reconciliation (自动对账) of provider and bank statement files against payments.

export const statementResponses = ['confirmed', 'disputed'] as const;
export type StatementResponse = (typeof statementResponses)[number];

/**
 * A customer's answer to one month's statement, with the balances it answered about. The statement
 * itself is computed from the ledgers and orders, so it only exists here once answered.
 */
export const customerStatements = pgTable(
  'customer_statements',
  {
    customerId: bigint('customer_id', { mode: 'number' })
      .notNull()
      .references(() => customers.id),
    /** YYYY-MM, Asia/Shanghai. */
    month: text('month').notNull(),
    status: text('status', { enum: statementResponses }).notNull(),
    openingBalance: bigint('opening_balance', { mode: 'number' }).notNull(),
    closingBalance: bigint('closing_balance', { mode: 'number' }).notNull(),
    comment: text('comment').notNull().default(''),
    respondedById: bigint('responded_by_id', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    respondedAt: timestamp('responded_at', { withTimezone: true }).notNull().defaultNow(),
    /** Finance's answer to a dispute. */
    reply: text('reply'),
    repliedById: bigint('replied_by_id', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.month] }),
    index('customer_statements_status_idx').on(t.status, t.month),
    check('customer_statements_status_ck', sql`${t.status} IN (${inList(statementResponses)})`),
    check('customer_statements_month_ck', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
  ],
);

export const reconciliationKinds = ['alipay', 'wechat', 'bank'] as const;
export type ReconciliationKind = (typeof reconciliationKinds)[number];

/** How a statement file's columns map to ours, remembered per source (a provider, or one bank account). */
export interface ColumnMapping {
  txnNo?: string;
  amount?: string;
  /** Bank files often split money in and out. */
  creditAmount?: string;
  date: string;
  time?: string;
  payer?: string;
  memo?: string;
  orderRef?: string;
}

export const reconciliationSources = pgTable('reconciliation_sources', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull().unique(),
  kind: text('kind', { enum: reconciliationKinds }).notNull(),
  mapping: jsonb('mapping').$type<ColumnMapping>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const reconciliationRuns = pgTable(
  'reconciliation_runs',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    sourceId: bigint('source_id', { mode: 'number' }).references(() => reconciliationSources.id, {
      onDelete: 'set null',
    }),
    kind: text('kind', { enum: reconciliationKinds }).notNull(),
    sourceName: text('source_name').notNull(),
    fileName: text('file_name').notNull(),
    mapping: jsonb('mapping').$type<ColumnMapping>().notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    /** Counts and totals per result kind. */
    summary: jsonb('summary').$type<Record<string, number>>().notNull(),
    createdById: bigint('created_by_id', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reconciliation_runs_created_idx').on(t.createdAt)],
);

export const reconciliationResults = ['matched', 'only_in_statement', 'only_in_system', 'amount_mismatch'] as const;
export type ReconciliationResult = (typeof reconciliationResults)[number];

export const reconciliationItems = pgTable(
  'reconciliation_items',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    runId: bigint('run_id', { mode: 'number' })
      .notNull()
      .references(() => reconciliationRuns.id, { onDelete: 'cascade' }),
    result: text('result', { enum: reconciliationResults }).notNull(),
    /** The statement line (1-based row in the file), null for only_in_system. */
    lineNo: integer('line_no'),
    txnNo: text('txn_no'),
    amount: bigint('amount', { mode: 'number' }),
    occurredAt: timestamp('occurred_at', { withTimezone: true }),
    payer: text('payer'),
    memo: text('memo'),
    paymentId: bigint('payment_id', { mode: 'number' }).references(() => payments.id),
    /** 'txn_no' or 'amount_date_payer'. */
    matchedBy: text('matched_by'),
    /** A pending transfer confirmed from this run. */
    confirmed: boolean('confirmed').notNull().default(false),
  },
  (t) => [
    index('reconciliation_items_run_idx').on(t.runId, t.result),
    index('reconciliation_items_payment_idx').on(t.paymentId),
    check('reconciliation_items_result_ck', sql`${t.result} IN (${inList(reconciliationResults)})`),
  ],
);
