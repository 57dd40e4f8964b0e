import type { Db, Tx } from '../../db/client.ts';
import type { AuditActor } from '../../lib/audit.ts';
import type { AuthUser } from '../auth/session.ts';

/** One column of an import template and of the matching export, in sheet order. */
export interface ImportColumn {
  key: string;
  /** Header text in the sheet (Chinese, as suppliers read it), e.g. "商品名称". */
  header: string;
  required?: boolean;
  /** Shown in the template's example row and as a note on the header. */
  example?: string;
  width?: number;
}

/** A problem with one cell: `row` is the sheet row number (header = 1), `column` the header text. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

/** What one batch wrote; the run adds these up into the job's result. */
export interface WriteCounts {
  created: number;
  updated: number;
}

/**
 * What an importable kind (products, customers) provides to the generic import/export machinery in
 * modules/imports: columns, a validation of every row (against each other and the database),
 * a batch writer, and the rows of an export.
 */
export interface ImportHandler<Row = unknown> {
  kind: 'products' | 'customers';
  /** Permission needed to import (and to download the template). */
  importPermission: 'products:create' | 'customers:create';
  exportPermission: 'products:export' | 'customers:export';
  columns: ImportColumn[];
  /**
   * Validates the raw rows (cell text by column key, in sheet order) for `user`, whose data scope
   * limits what rows may touch. Returns one entry per raw row — the parsed row, or null when it has
   * errors — and every error found; error rows are numbered index + 2 (the machinery maps them to
   * the sheet's own row numbers when blank rows were skipped).
   */
  validate(
    db: Db,
    raw: Record<string, string>[],
    user: AuthUser,
  ): Promise<{ rows: (Row | null)[]; errors: RowError[] }>;
  /**
   * Writes a batch of valid rows inside the given transaction (a few round trips per batch, not per
   * row), again within `user`'s scope, and says how many rows it created and updated.
   */
  write(tx: Tx, rows: Row[], actor: AuditActor, user: AuthUser): Promise<WriteCounts>;
  /** The rows of an export, already scoped to what `user` may see, as cell values by column key. */
  exportRows(
    db: Db,
    user: AuthUser,
    filter: Record<string, string | undefined>,
  ): Promise<Record<string, string | number | null>[]>;
}
