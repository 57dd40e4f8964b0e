import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { importJobs } from '../../db/schema/index.ts';
import type { AuditActor } from '../../lib/audit.ts';
import { AppError, notFound, validationFailed } from '../../lib/errors.ts';
import { readSheet, writeSheet } from '../../lib/excel.ts';
import { iso, queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import type { ImportHandler, RowError } from './import.types.ts';
import { type ImportKind, importHandlers } from './import-handlers.ts';

/** Rows written per transaction: big enough for few round trips, small enough for visible progress. */
export const IMPORT_BATCH = 500;
const MAX_ROWS = 50_000;
/** Errors returned with a job; the count says how many there are in all. */
const ERRORS_SHOWN = 1000;

export interface ImportJobView {
  id: number;
  kind: ImportKind;
  status: 'validated' | 'running' | 'done' | 'failed';
  filename: string;
  totalRows: number;
  validRows: number;
  processedRows: number;
  errors: RowError[];
  errorCount: number;
  result: Record<string, number> | null;
  createdAt: string;
  finishedAt: string | null;
}

/** The handler of a kind, after checking the user may use it (staff holding its permission). */
export function handlerFor(user: AuthUser, kind: string, use: 'import' | 'export'): ImportHandler<unknown> {
  const handler = importHandlers[kind as ImportKind];
  if (!handler) throw notFound(`Import kind ${kind}`);
  const permission = use === 'import' ? handler.importPermission : handler.exportPermission;
  if (user.kind !== 'staff' || !user.permissions.includes(permission)) {
    throw new AppError('FORBIDDEN', `缺少权限 ${permission} / Permission ${permission} required`, { permission });
  }
  return handler;
}

/** The template of a kind: headers with notes and one example row. */
export const templateOf = (handler: ImportHandler<unknown>) =>
  writeSheet(handler.kind, handler.columns, [
    Object.fromEntries(handler.columns.map((c) => [c.key, c.example ?? null])),
  ]);

/** An export of a kind: the same columns as its template, so the file can be imported again. */
export async function exportOf(
  db: Db,
  user: AuthUser,
  handler: ImportHandler<unknown>,
  filter: Record<string, string | undefined>,
) {
  return writeSheet(handler.kind, handler.columns, await handler.exportRows(db, user, filter));
}

export async function getImport(db: Db, user: AuthUser, id: number): Promise<ImportJobView> {
  const [job] = await queryRows<ImportJobView & { errors: RowError[] }>(
    db,
    sql`SELECT id::int AS id, kind, status, filename, total_rows AS "totalRows", valid_rows AS "validRows",
               processed_rows AS "processedRows", errors, jsonb_array_length(errors) AS "errorCount", result,
               ${iso('created_at')} AS "createdAt", ${iso('finished_at')} AS "finishedAt"
          FROM import_jobs WHERE id = ${id}`,
  );
  if (!job) throw notFound('Import');
  handlerFor(user, job.kind, 'import');
  return { ...job, errors: job.errors.slice(0, ERRORS_SHOWN) };
}

/**
 * Reads an uploaded sheet and validates EVERY row (against each other and the database) without
 * writing anything but the job: its parsed rows and errors by row and column wait for `runImport`.
 */
export async function createImport(
  db: Db,
  user: AuthUser,
  kind: string,
  file: { filename: string; data: Buffer },
): Promise<ImportJobView> {
  const handler = handlerFor(user, kind, 'import');
  const sheet = await readSheet(file.data, handler.columns).catch(() => {
    throw validationFailed([{ path: '/body/file', message: '无法读取文件，请上传 .xlsx / Not a readable .xlsx file' }]);
  });
  if (sheet.missing.length)
    throw validationFailed([{ path: '/body/file', message: `缺少列 / Missing columns: ${sheet.missing.join(', ')}` }]);
  if (!sheet.rows.length) throw validationFailed([{ path: '/body/file', message: '文件没有数据行 / No data rows' }]);
  if (sheet.rows.length > MAX_ROWS)
    throw validationFailed([{ path: '/body/file', message: `最多 ${MAX_ROWS} 行 / At most ${MAX_ROWS} rows` }]);
  const { rows, errors } = await handler.validate(db, sheet.rows, user);
  // Handlers number rows index + 2; blank rows were skipped, so map to the sheet's own row numbers.
  const sheetErrors = errors
    .map((e) => ({ ...e, row: sheet.rowNumbers[e.row - 2] ?? e.row }))
    .sort((a, b) => a.row - b.row);
  const validRows = rows.filter((r) => r !== null).length;
  const [job] = await db
    .insert(importJobs)
    .values({
      kind: handler.kind,
      status: 'validated',
      filename: file.filename.slice(0, 200),
      totalRows: rows.length,
      validRows,
      errors: sheetErrors,
      rows,
      createdBy: user.id,
    })
    .returning({ id: importJobs.id });
  return getImport(db, user, job.id);
}

/** Imports in flight, so the app can let them finish (or fail) before it closes the database. */
export const runningImports = new Set<Promise<void>>();

/**
 * Starts writing a validated import in the background: every row ('all', refused with 409 while any
 * row has errors) or only the valid ones. Batches of IMPORT_BATCH rows, one transaction each, move
 * processed_rows forward; the result counts created, updated and skipped rows.
 */
export async function runImport(
  db: Db,
  user: AuthUser,
  actor: AuditActor,
  id: number,
  mode: 'all' | 'valid',
): Promise<ImportJobView> {
  const job = await getImport(db, user, id);
  const handler = handlerFor(user, job.kind, 'import');
  if (mode === 'all' && job.errorCount > 0) {
    throw new AppError('CONFLICT', `有 ${job.errorCount} 处错误，请修正或只导入有效行 / The file has errors`, {
      errorCount: job.errorCount,
    });
  }
  const skipped = job.totalRows - job.validRows;
  const [claimed] = await queryRows<{ rows: unknown[] }>(
    db,
    sql`UPDATE import_jobs SET status = 'running', processed_rows = ${skipped}
         WHERE id = ${id} AND status = 'validated' RETURNING rows`,
  );
  if (!claimed)
    throw new AppError(
      'INVALID_STATE',
      `导入已${job.status === 'running' ? '在运行' : '结束'} / Import already ${job.status}`,
    );
  const rows = (claimed.rows ?? []).filter((r) => r !== null);
  const run = execute(db, handler, user, actor, id, rows, skipped).finally(() => runningImports.delete(run));
  runningImports.add(run);
  return getImport(db, user, id);
}

async function execute(
  db: Db,
  handler: ImportHandler<unknown>,
  user: AuthUser,
  actor: AuditActor,
  id: number,
  rows: unknown[],
  skipped: number,
): Promise<void> {
  const totals = { created: 0, updated: 0, skipped };
  try {
    for (let i = 0; i < rows.length; i += IMPORT_BATCH) {
      const batch = rows.slice(i, i + IMPORT_BATCH);
      await db.transaction(async (tx) => {
        const counts = await handler.write(tx, batch, actor, user);
        await tx
          .update(importJobs)
          .set({ processedRows: sql`${importJobs.processedRows} + ${batch.length}` })
          .where(eq(importJobs.id, id));
        totals.created += counts.created;
        totals.updated += counts.updated;
      });
    }
    await db
      .update(importJobs)
      .set({ status: 'done', result: totals, rows: null, finishedAt: sql`now()` })
      .where(eq(importJobs.id, id));
  } catch (error) {
    const message =
      error instanceof AppError
        ? error.message
        : '写入失败，已写入的批次保留 / Writing failed; earlier batches were kept';
    await db
      .update(importJobs)
      .set({
        status: 'failed',
        result: totals,
        errors: sql`${importJobs.errors} || ${JSON.stringify([{ row: 0, column: '', message }])}::jsonb`,
        finishedAt: sql`now()`,
      })
      .where(eq(importJobs.id, id))
      .catch(() => {});
  }
}

/**
 * Imports left 'running' by a process that stopped cannot finish: marks them failed (batches already
 * written stay). Only safe where one process owns the database (PGlite); on PostgreSQL another
 * instance may be running them.
 */
export async function failInterruptedImports(db: Db): Promise<void> {
  await db
    .update(importJobs)
    .set({
      status: 'failed',
      errors: sql`${importJobs.errors} || ${JSON.stringify([{ row: 0, column: '', message: '导入因服务重启中断 / Interrupted by a restart' }])}::jsonb`,
      finishedAt: sql`now()`,
    })
    .where(eq(importJobs.status, 'running'));
}
