import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { ColumnMapping, ReconciliationKind, ReconciliationResult } from '../../db/schema/index.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { AppError, forbidden, validationFailed } from '../../lib/errors.ts';
import { bigintArray, iso, pgColumns, queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { confirmPayment } from '../payments/payments.service.ts';
import { matchRefunds, matchStatement, shanghaiDate } from './match.ts';
import { confirmableItem, readRun } from './reconciliation.query.ts';
import type { PreviewView, RunFields, RunSummary, RunView, SourceView } from './reconciliation.schemas.ts';
import {
  detectKind,
  mappingErrors,
  mappingGaps,
  type ParsedLine,
  readStatementFile,
  StatementFileError,
  type StatementTable,
  statementLines,
  suggestMapping,
} from './statement-file.ts';
import { systemPayments, systemRefunds } from './system-side.ts';

/**
 * Automatic reconciliation (自动对账, docs/reconciliation.md): a statement file is matched against
 * the payments of its method, every line and unmatched payment saved as an item of a run, and
 * matched pending transfers confirmed from the run in one go.
 */

export interface StatementUpload {
  filename: string;
  data: Buffer;
}

const MAX_ROWS = 100_000;

/** Reconciliation shows every customer's money: staff who see all customers only. */
export function assertMayReconcile(user: AuthUser): void {
  if (user.kind !== 'staff' || user.dataScope !== 'all') {
    throw forbidden('对账仅限可查看全部客户的员工 / Reconciliation is for staff who see all customers');
  }
}

async function readTable(data: Buffer): Promise<StatementTable> {
  try {
    const table = await readStatementFile(data);
    if (table.rows.length > MAX_ROWS) {
      throw new StatementFileError(`文件超过 ${MAX_ROWS} 行 / More than ${MAX_ROWS} rows`);
    }
    return table;
  } catch (error) {
    if (error instanceof StatementFileError) throw validationFailed([{ path: '/body/file', message: error.message }]);
    throw error;
  }
}

/** A mapping as stored: only the fields that name a column. */
const cleanMapping = (mapping: ColumnMapping): ColumnMapping =>
  Object.fromEntries(Object.entries(mapping).filter(([, v]) => typeof v === 'string' && v !== '')) as ColumnMapping;

const sourceColumns = sql`id::int AS id, name, kind, mapping, ${iso('updated_at')} AS "updatedAt"`;

export async function listSources(db: DbOrTx): Promise<SourceView[]> {
  return queryRows<SourceView>(db, sql`SELECT ${sourceColumns} FROM reconciliation_sources ORDER BY name`);
}

async function upsertSource(tx: DbOrTx, name: string, kind: ReconciliationKind, mapping: ColumnMapping) {
  const [row] = await queryRows<SourceView>(
    tx,
    sql`INSERT INTO reconciliation_sources (name, kind, mapping)
        VALUES (${name}, ${kind}, ${JSON.stringify(cleanMapping(mapping))}::jsonb)
        ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, mapping = excluded.mapping, updated_at = now()
        RETURNING ${sourceColumns}`,
  );
  return row;
}

const sourceName = (name: string, path: string) => {
  const trimmed = name.trim();
  if (!trimmed) throw validationFailed([{ path, message: '请填写来源名称 / Name the source' }]);
  return trimmed;
};

/** Remembers a source's kind and column mapping (created or replaced). */
export async function saveSource(
  db: Db,
  user: AuthUser,
  actor: AuditActor,
  name: string,
  input: { kind: ReconciliationKind; mapping: ColumnMapping },
): Promise<SourceView> {
  assertMayReconcile(user);
  const trimmed = sourceName(name, '/params/name');
  const gaps = mappingGaps(input.mapping);
  if (gaps.length) throw validationFailed(gaps);
  return db.transaction(async (tx) => {
    const source = await upsertSource(tx, trimmed, input.kind, input.mapping);
    await audit(tx, actor, {
      action: 'reconciliation.source_saved',
      targetType: 'reconciliation_source',
      targetId: source.id,
      details: { name: trimmed, kind: input.kind },
    });
    return source;
  });
}

/** The Asia/Shanghai date range of lines, or null without any. */
function dateRange(lines: ParsedLine[]): { from: string; to: string } | null {
  if (!lines.length) return null;
  const days = lines.map((l) => shanghaiDate(l.occurredAt)).sort();
  return { from: days[0], to: days[days.length - 1] };
}

/**
 * What a file holds and how to read it, writing nothing: its headers and first 20 rows, the kind
 * (asked, the named source's, or recognised from the headers), the mapping (the named source's or a
 * remembered source of that kind whose columns the file has, else one proposed from the headers)
 * and the dates of its lines under that mapping.
 */
export async function previewStatement(
  db: DbOrTx,
  user: AuthUser,
  file: StatementUpload,
  fields: { source?: string; kind?: ReconciliationKind },
): Promise<PreviewView> {
  assertMayReconcile(user);
  const table = await readTable(file.data);
  const sources = await listSources(db);
  const fits = (s: SourceView) => mappingErrors(s.mapping, table.headers).length === 0;
  const named = fields.source?.trim() ? sources.find((s) => s.name === fields.source?.trim()) : undefined;
  const kind = fields.kind ?? named?.kind ?? detectKind(table.headers);
  const remembered = named ? (fits(named) ? named : undefined) : sources.find((s) => s.kind === kind && fits(s));
  const mapping = remembered?.mapping ?? suggestMapping(kind, table.headers);
  const period = mappingErrors(mapping, table.headers).length
    ? null
    : dateRange(statementLines(table, kind, mapping).lines);
  return {
    kind,
    headers: table.headers,
    rows: table.rows.slice(0, 20),
    rowCount: table.rows.length,
    mapping,
    source: named?.name ?? remembered?.name ?? (fields.source?.trim() || null),
    period,
    sources,
  };
}

interface ItemRow {
  result: ReconciliationResult;
  lineNo: number | null;
  txnNo: string | null;
  amount: number | null;
  occurredAt: string | null;
  payer: string | null;
  memo: string | null;
  paymentId: number | null;
  matchedBy: string | null;
}

const lineItem = (l: ParsedLine, result: ReconciliationResult): ItemRow => ({
  result,
  lineNo: l.lineNo,
  txnNo: (l.txnNo ?? l.orderRef)?.slice(0, 200) ?? null,
  amount: l.amount,
  occurredAt: l.occurredAt.toISOString(),
  payer: l.payer?.slice(0, 200) ?? null,
  memo: l.memo?.slice(0, 500) ?? null,
  paymentId: null,
  matchedBy: null,
});

/**
 * Reconciles a statement file: reads its lines under the mapping (400 naming the rows that cannot be
 * read), keeps those in the period (default: the file's own dates), matches payments (match.ts;
 * bank value dates may be a day off) and refund lines against refunds by number, remembers the
 * source's mapping and saves the run with every item, all in one transaction.
 */
export async function createRun(
  db: Db,
  user: AuthUser,
  actor: AuditActor,
  file: StatementUpload,
  fields: RunFields,
): Promise<RunView> {
  assertMayReconcile(user);
  const name = sourceName(fields.source, '/body/source');
  const table = await readTable(file.data);
  const wrongColumns = mappingErrors(fields.mapping, table.headers);
  if (wrongColumns.length) throw validationFailed(wrongColumns);
  const { lines: allLines, errors } = statementLines(table, fields.kind, fields.mapping);
  if (errors.length) throw validationFailed(errors);
  const range = dateRange(allLines);
  const from = fields.periodFrom ?? range?.from;
  const to = fields.periodTo ?? range?.to;
  if (!from || !to) {
    throw validationFailed([
      { path: '/body/file', message: '文件中没有可对账的记录 / The file has no lines to reconcile' },
    ]);
  }
  if (from > to)
    throw validationFailed([{ path: '/body/periodTo', message: '结束日期早于开始日期 / Ends before it starts' }]);
  const lines = allLines.filter((l) => {
    const day = shanghaiDate(l.occurredAt);
    return day >= from && day <= to;
  });
  const trades = lines.filter((l) => !l.refund);
  const refundLines = lines.filter((l) => l.refund);
  const tolerance = fields.kind === 'bank' ? 1 : 0;

  const runId = await db.transaction(async (tx) => {
    const payments = await systemPayments(tx, fields.kind, { from, to }, tolerance, trades);
    const outcomes = matchStatement(trades, payments, { dayTolerance: tolerance });
    const refundOutcomes = matchRefunds(refundLines, await systemRefunds(tx, fields.kind, refundLines));
    const items: ItemRow[] = [];
    for (const o of outcomes) {
      if (o.result === 'only_in_system') {
        items.push({
          result: o.result,
          lineNo: null,
          txnNo: null,
          amount: null,
          occurredAt: null,
          payer: null,
          memo: null,
          paymentId: o.payment.id,
          matchedBy: null,
        });
      } else if (o.result === 'only_in_statement') items.push(lineItem(o.line, o.result));
      else items.push({ ...lineItem(o.line, o.result), paymentId: o.payment.id, matchedBy: o.matchedBy });
    }
    for (const o of refundOutcomes) {
      // A refund line is money going back: negative, known by the refund's number (ours once matched).
      const item = { ...lineItem(o.line, o.result), amount: -o.line.amount };
      item.txnNo = o.line.refundNo ?? o.line.providerRefundNo ?? item.txnNo;
      if (o.result !== 'only_in_statement') {
        Object.assign(item, { paymentId: o.refund.paymentId, matchedBy: 'refund_no', txnNo: o.refund.number });
      }
      items.push(item);
    }
    const count = (result: ReconciliationResult) => items.filter((i) => i.result === result).length;
    const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
    const summary: RunSummary = {
      matched: count('matched'),
      amount_mismatch: count('amount_mismatch'),
      only_in_statement: count('only_in_statement'),
      only_in_system: count('only_in_system'),
      statementLines: lines.length,
      refundLines: refundLines.length,
      statementAmount: sum(trades.map((l) => l.amount)),
      systemAmount: sum(payments.filter((p) => p.inPeriod).map((p) => p.amount)),
      matchedAmount: sum(outcomes.flatMap((o) => (o.result === 'matched' ? [o.line.amount] : []))),
    };
    const source = await upsertSource(tx, name, fields.kind, fields.mapping);
    const [run] = await queryRows<{ id: number }>(
      tx,
      sql`INSERT INTO reconciliation_runs
            (source_id, kind, source_name, file_name, mapping, period_from, period_to, summary, created_by_id)
          VALUES (${source.id}, ${fields.kind}, ${name}, ${file.filename.slice(0, 200)},
                  ${JSON.stringify(cleanMapping(fields.mapping))}::jsonb, ${from}::date, ${to}::date,
                  ${JSON.stringify(summary)}::jsonb, ${user.id})
          RETURNING id::int AS id`,
    );
    if (items.length) {
      const c = pgColumns(items, {
        result: ['text', (i) => i.result],
        lineNo: ['int', (i) => i.lineNo],
        txnNo: ['text', (i) => i.txnNo],
        amount: ['bigint', (i) => i.amount],
        occurredAt: ['text', (i) => i.occurredAt],
        payer: ['text', (i) => i.payer],
        memo: ['text', (i) => i.memo],
        paymentId: ['bigint', (i) => i.paymentId],
        matchedBy: ['text', (i) => i.matchedBy],
      });
      await tx.execute(sql`
        INSERT INTO reconciliation_items
          (run_id, result, line_no, txn_no, amount, occurred_at, payer, memo, payment_id, matched_by)
        SELECT ${run.id}, x.result, x.line_no, x.txn_no, x.amount, x.occurred_at::timestamptz, x.payer, x.memo,
               x.payment_id, x.matched_by
          FROM unnest(${c.result}, ${c.lineNo}, ${c.txnNo}, ${c.amount}, ${c.occurredAt}, ${c.payer}, ${c.memo},
                      ${c.paymentId}, ${c.matchedBy})
               AS x(result, line_no, txn_no, amount, occurred_at, payer, memo, payment_id, matched_by)`);
    }
    await audit(tx, actor, {
      action: 'reconciliation.run',
      targetType: 'reconciliation_run',
      targetId: run.id,
      details: { source: name, kind: fields.kind, file: file.filename, periodFrom: from, periodTo: to, ...summary },
    });
    return run.id;
  });
  return readRun(db, runId);
}

/**
 * Confirms, in one transaction, every matched pending offline transfer of a run through the payments
 * module (the statement's transaction number as the bank reference), skipping any no longer pending,
 * and marks those items confirmed.
 */
export async function confirmRun(db: Db, user: AuthUser, actor: AuditActor, runId: number) {
  assertMayReconcile(user);
  await readRun(db, runId);
  return db.transaction(async (tx) => {
    const items = await queryRows<{ id: number; paymentId: number; txnNo: string | null; lineNo: number }>(
      tx,
      sql`SELECT i.id::int AS id, i.payment_id::int AS "paymentId", i.txn_no AS "txnNo", i.line_no AS "lineNo"
            FROM reconciliation_items i JOIN payments p ON p.id = i.payment_id
           WHERE i.run_id = ${runId} AND ${confirmableItem}
           ORDER BY i.line_no`,
    );
    const done: { id: number; paymentId: number }[] = [];
    for (const item of items) {
      try {
        await confirmPayment(tx, user, item.paymentId, {
          providerTradeNo: item.txnNo ?? undefined,
          note: `自动对账 #${runId} 第 ${item.lineNo} 行`,
        });
        done.push(item);
      } catch (error) {
        // Confirmed, rejected or closed meanwhile: nothing to do for this one.
        if (error instanceof AppError && error.code === 'INVALID_STATE') continue;
        throw error;
      }
    }
    if (done.length) {
      await tx.execute(
        sql`UPDATE reconciliation_items SET confirmed = true
             WHERE id = ANY(${bigintArray(done.map((d) => d.id))})`,
      );
    }
    await audit(tx, actor, {
      action: 'reconciliation.confirmed',
      targetType: 'reconciliation_run',
      targetId: runId,
      details: { confirmed: done.length, paymentIds: done.map((d) => d.paymentId) },
    });
    return { confirmed: done.length };
  });
}
