import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';

/**
 * An Excel import: validated first (every row, errors by row and column), then run on request,
 * all rows or only the valid ones, with progress readable while it runs.
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind', { enum: ['products', 'customers'] }).notNull(),
    status: text('status', { enum: ['validated', 'running', 'done', 'failed'] }).notNull(),
    filename: text('filename').notNull(),
    totalRows: integer('total_rows').notNull(),
    validRows: integer('valid_rows').notNull(),
    processedRows: integer('processed_rows').notNull().default(0),
    /** [{row, column, message}] */
    errors: jsonb('errors').$type<{ row: number; column: string; message: string }[]>().notNull().default([]),
    /** The parsed rows, kept until the import has run. */
    rows: jsonb('rows').$type<unknown[]>(),
    result: jsonb('result').$type<Record<string, number>>(),
    createdBy: bigint('created_by', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('import_jobs_created_idx').on(t.createdAt)],
);
