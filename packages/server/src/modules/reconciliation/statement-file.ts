import type { ColumnMapping, ReconciliationKind } from '../../db/schema/index.ts';
import type { FieldError } from '../../lib/errors.ts';
import { readSheetCells } from '../../lib/excel.ts';
import type { RefundLine } from './match.ts';

/**
 * Statement files (对账单文件): Alipay 业务明细 and WeChat Pay trade bills (CSV) and bank statements
 * (CSV or .xlsx) read into a header and rows, their kind recognised, a column mapping proposed, and
 * rows turned into statement lines with exact fen amounts (docs/reconciliation.md).
 */

export interface StatementTable {
  headers: string[];
  /** Cell texts aligned with `headers`, trimmed, WeChat's leading backtick removed. */
  rows: string[][];
  /** The 1-based line (CSV) or sheet row (xlsx) of each entry of `rows`, for error messages. */
  rowNumbers: number[];
}

/** A file we cannot read at all: the route answers 400 on the `file` field. */
export class StatementFileError extends Error {}

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** Decodes text by its byte-order mark, else UTF-8 when it is valid UTF-8, else GB18030 (a superset of GBK). */
export function decodeText(data: Uint8Array): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf)
    return new TextDecoder('utf-8').decode(data.subarray(3));
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

/** RFC 4180 records (quoted fields may hold delimiters, quotes and line breaks), each with its first line number. */
export function parseDelimited(text: string, delimiter: string): { cells: string[]; line: number }[] {
  const records: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    records.push({ cells, line: start });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
      i++;
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else cell += c;
    i++;
  }
  if (cell !== '' || cells.length) endRecord();
  return records;
}

/** Trimmed (also of the tabs Alipay pads values with), without WeChat's leading backtick. */
const cleanCell = (value: string) => value.trim().replace(/^`/, '').trim();

/** Alipay's comment lines and the blank lines around them. */
const isComment = (cells: string[]) => cells.length === 0 || cells[0].trimStart().startsWith('#');
const isBlank = (cells: string[]) => cells.every((c) => c === '');

const headerWord = /日期|时间|金额|交易号|订单号|流水|收入|贷方|摘要|date|amount/i;

/**
 * The header and rows of records: the header is the first record with three or more cells and a
 * word headers use (bank exports put the account and period above it); Alipay's '#' lines are
 * skipped wherever they are, rows stop at WeChat's summary block (总交易单数) and skip a bank's
 * 合计 lines.
 */
function tableOf(records: { cells: string[]; line: number }[]): StatementTable | null {
  const usable = records
    .filter((r) => !isComment(r.cells))
    .map((r) => ({ cells: r.cells.map(cleanCell), line: r.line }))
    .filter((r) => !isBlank(r.cells));
  const nonEmpty = (cells: string[]) => cells.filter((c) => c !== '').length;
  const scan = usable.slice(0, 40);
  const worded = scan.findIndex((r) => nonEmpty(r.cells) >= 3 && r.cells.some((c) => headerWord.test(c)));
  const at = worded >= 0 ? worded : scan.findIndex((r) => nonEmpty(r.cells) >= 2);
  if (at < 0) return null;
  const headers = usable[at].cells.map((h) => h.replace(/^\uFEFF/, ''));
  const table: StatementTable = { headers, rows: [], rowNumbers: [] };
  for (const r of usable.slice(at + 1)) {
    const first = r.cells.find((c) => c !== '') ?? '';
    if (first.startsWith('总交易单数')) break;
    if (/^(合计|总计|小计|本页合计)/.test(first)) continue;
    table.rows.push(headers.map((_, i) => r.cells[i] ?? ''));
    table.rowNumbers.push(r.line);
  }
  return table;
}

/** An xlsx date cell (exceljs gives the wall time as UTC) back to the wall time it showed. */
const excelWallTime = (text: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(text) ? text.slice(0, 19).replace('T', ' ') : text;

/**
 * Reads a statement file: .xlsx (by its zip signature) through exceljs, anything else as CSV text
 * (comma, or tab when the comma finds no header) in UTF-8, UTF-16 or GBK/GB18030. Throws
 * StatementFileError when no header can be found or the file is an old .xls.
 */
export async function readStatementFile(data: Buffer): Promise<StatementTable> {
  let table: StatementTable | null;
  if (data[0] === 0x50 && data[1] === 0x4b) {
    let sheet: Awaited<ReturnType<typeof readSheetCells>>;
    try {
      sheet = await readSheetCells(data);
    } catch {
      throw new StatementFileError('无法读取该 Excel 文件 / The Excel file cannot be read');
    }
    table = tableOf(sheet.rows.map((cells, i) => ({ cells: cells.map(excelWallTime), line: sheet.rowNumbers[i] })));
  } else if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) {
    throw new StatementFileError(
      '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 .csv / Old .xls files are not supported: save as .xlsx or .csv',
    );
  } else {
    const text = decodeText(data);
    table = tableOf(parseDelimited(text, ','));
    if (!table || table.headers.length < 3) table = tableOf(parseDelimited(text, '\t')) ?? table;
  }
  if (!table || table.headers.length < 2) {
    throw new StatementFileError('文件中找不到表头行 / No header row found in the file');
  }
  return table;
}

/** Header text compared loosely: no spaces, half-width brackets, lower case. */
const normalizeHeader = (h: string) => h.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();

/** Alipay 业务明细 carries 支付宝交易号; a WeChat Pay bill 微信订单号 and 商户订单号; anything else is a bank statement. */
export function detectKind(headers: string[]): ReconciliationKind {
  const set = new Set(headers.map(normalizeHeader));
  if (set.has('支付宝交易号')) return 'alipay';
  if (set.has('微信订单号') && set.has('商户订单号')) return 'wechat';
  return 'bank';
}

/** The first header equal to one of the candidates, else the first that starts with one (e.g. 收入金额(元)). */
function pick(headers: string[], candidates: string[], taken: Set<string>): string | undefined {
  const free = headers.filter((h) => h !== '' && !taken.has(h));
  const norm = candidates.map(normalizeHeader);
  for (const c of norm) {
    const found = free.find((h) => normalizeHeader(h) === c);
    if (found) return found;
  }
  for (const c of norm) {
    const found = free.find((h) => normalizeHeader(h).startsWith(c));
    if (found) return found;
  }
  return undefined;
}

type MappingField = keyof ColumnMapping;

const candidatesByKind: Record<ReconciliationKind, [MappingField, string[]][]> = {
  alipay: [
    ['txnNo', ['支付宝交易号']],
    ['orderRef', ['商户订单号']],
    ['amount', ['订单金额(元)', '商家实收(元)', '订单金额']],
    ['date', ['完成时间', '创建时间']],
    ['payer', ['对方账户', '对方账号']],
    ['memo', ['备注', '商品名称']],
  ],
  wechat: [
    ['date', ['交易时间']],
    ['txnNo', ['微信订单号']],
    ['orderRef', ['商户订单号']],
    ['amount', ['订单金额', '应结订单金额']],
    ['memo', ['商品名称', '商户数据包']],
  ],
  bank: [
    ['date', ['交易日期', '记账日期', '入账日期', '日期', '交易时间']],
    ['time', ['交易时间', '时间']],
    ['creditAmount', ['收入金额', '贷方金额', '贷方发生额', '存入金额', '收入', '贷方', '来账金额']],
    ['txnNo', ['交易流水号', '流水号', '银行流水号', '交易参考号', '业务流水号', '凭证号']],
    ['payer', ['对方户名', '对方账户名称', '对方名称', '对方单位名称', '付款人名称', '付款方户名', '对方账户名']],
    ['memo', ['附言', '用途', '交易附言', '备注', '摘要']],
  ],
};

/** The mapping proposed for a file's headers; a bank file without a money-in column gets its signed amount column. */
export function suggestMapping(kind: ReconciliationKind, headers: string[]): ColumnMapping {
  const taken = new Set<string>();
  const mapping: Partial<ColumnMapping> = {};
  for (const [field, candidates] of candidatesByKind[kind]) {
    const header = pick(headers, candidates, taken);
    if (!header) continue;
    mapping[field] = header;
    taken.add(header);
  }
  if (kind === 'bank' && !mapping.creditAmount) {
    const amount = pick(headers, ['交易金额', '发生额', '金额'], taken);
    if (amount) mapping.amount = amount;
  }
  return { ...mapping, date: mapping.date ?? '' };
}

/** What every mapping needs, an amount (or money-in) column and a date column, as field errors. */
export function mappingGaps(mapping: ColumnMapping): FieldError[] {
  const errors: FieldError[] = [];
  if (!mapping.amount && !mapping.creditAmount) {
    errors.push({ path: '/body/mapping/amount', message: '请选择金额列 / Choose the amount column' });
  }
  if (!mapping.date) errors.push({ path: '/body/mapping/date', message: '请选择日期列 / Choose the date column' });
  return errors;
}

/** The gaps of a mapping and the columns it names that the file lacks, as field errors on `/body/mapping/<field>`. */
export function mappingErrors(mapping: ColumnMapping, headers: string[]): FieldError[] {
  const errors = mappingGaps(mapping);
  const present = new Set(headers);
  for (const [field, header] of Object.entries(mapping)) {
    if (header && !present.has(header)) {
      errors.push({
        path: `/body/mapping/${field}`,
        message: `文件中没有「${header}」列 / The file has no column "${header}"`,
      });
    }
  }
  return errors;
}

/**
 * Yuan text to integer fen, exactly (no floating point): "1,234.50" → 123450, "¥12.3" → 1230,
 * "-5" → -500, "(8.00)" → -800. Blank or a dash is null; anything else that is no amount with at
 * most two decimals (extra zeros allowed) is undefined.
 */
export function parseAmount(text: string): number | null | undefined {
  let t = text.replace(/[\s,，]/g, '');
  if (t === '' || /^[-—–]+$/.test(t)) return null;
  t = t.replace(/^(¥|￥|RMB|CNY)/i, '');
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1);
  }
  t = t.replace(/^(¥|￥)/, '').replace(/元$/, '');
  const m = /^([+-]?)(\d{1,13})(?:\.(\d+))?$/.exec(t);
  if (!m) return undefined;
  const decimals = m[3] ?? '';
  if (!/^\d{0,2}0*$/.test(decimals)) return undefined;
  const fen = Number(m[2]) * 100 + Number(decimals.slice(0, 2).padEnd(2, '0'));
  return (m[1] === '-') !== negative ? -fen : fen;
}

/**
 * A statement date (2026-12-01, 2026/12/1, 2026.12.01, 2026年12月1日, 20261201; an Excel serial day
 * number) with a time from `timeText` when given (10:12:33, 10:12, 101233), else from the same cell,
 * as Asia/Shanghai wall time; an explicit offset (+08:00, Z) is honoured. Null when unreadable.
 */
export function parseStatementTime(dateText: string, timeText?: string): Date | null {
  const t = dateText.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.exec(t);
  if (iso) {
    const d = new Date(t);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  let y: number;
  let mo: number;
  let d: number;
  let rest: string;
  const serial = /^(\d{5})(?:\.(\d+))?$/.exec(t);
  const ymd = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(.*)$/.exec(t);
  const compact = /^(\d{4})(\d{2})(\d{2})(.*)$/.exec(t);
  if (serial && Number(serial[1]) > 20000 && Number(serial[1]) < 80000) {
    // Excel counts days from 1899-12-30.
    const ms = Math.round((Number(t) - 25569) * 86_400_000);
    const wall = new Date(ms);
    y = wall.getUTCFullYear();
    mo = wall.getUTCMonth() + 1;
    d = wall.getUTCDate();
    rest = ms % 86_400_000 ? wall.toISOString().slice(11, 19) : '';
  } else if (ymd) [y, mo, d, rest] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), ymd[4]];
  else if (compact) [y, mo, d, rest] = [Number(compact[1]), Number(compact[2]), Number(compact[3]), compact[4]];
  else return null;
  const time = parseClock(timeText?.trim() || rest.trim());
  if (!time) return null;
  const ms = Date.UTC(y, mo - 1, d, time[0], time[1], time[2]) - SHANGHAI_OFFSET_MS;
  const check = new Date(ms + SHANGHAI_OFFSET_MS);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return new Date(ms);
}

/** [h, m, s] of "10:12:33", "10:12", "101233", "1899-12-30 10:12:33" (an Excel time cell); blank is midnight. */
function parseClock(text: string): [number, number, number] | null {
  if (text === '') return [0, 0, 0];
  const m = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*$/.exec(text) ?? /^(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const [h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  return h < 24 && mi < 60 && s < 60 ? [h, mi, s] : null;
}

/** A statement line as the matcher sees it, plus what a provider bill says about a refund. */
export interface ParsedLine extends RefundLine {
  /** A provider bill's refund line (业务类型 退款 / 交易状态 REFUND); `amount` is then what went back. */
  refund?: true;
}

/** Provider bill columns read by name, outside the mapping: the line type and the refund's numbers. */
const providerColumns = {
  alipay: { type: '业务类型', refundAmount: '退款金额(元)', refundNo: '退款批次号/请求号', providerRefundNo: '' },
  wechat: { type: '交易状态', refundAmount: '退款金额', refundNo: '商户退款单号', providerRefundNo: '微信退款单号' },
};

const MAX_ERRORS = 20;

/**
 * The statement lines of a table under a mapping. Bank files keep only money in (a 收入/贷方 value
 * above zero, or a positive signed amount); provider bills turn refund rows into refund lines
 * (the refund amount, positive) and skip WeChat's REVOKED rows; zero amounts are skipped. Rows
 * whose date or amount is unreadable are errors naming the row (at most 20).
 */
export function statementLines(
  table: StatementTable,
  kind: ReconciliationKind,
  mapping: ColumnMapping,
): { lines: ParsedLine[]; errors: FieldError[] } {
  const col = (header: string | undefined) => (header ? table.headers.indexOf(header) : -1);
  const normalized = table.headers.map(normalizeHeader);
  const named = (header: string) => (header ? normalized.indexOf(normalizeHeader(header)) : -1);
  const index = {
    txnNo: col(mapping.txnNo),
    amount: col(mapping.creditAmount ?? mapping.amount),
    date: col(mapping.date),
    time: col(mapping.time),
    payer: col(mapping.payer),
    memo: col(mapping.memo),
    orderRef: col(mapping.orderRef),
  };
  const provider = kind === 'bank' ? undefined : providerColumns[kind];
  const special = provider && {
    type: named(provider.type),
    refundAmount: named(provider.refundAmount),
    refundNo: named(provider.refundNo),
    providerRefundNo: named(provider.providerRefundNo),
  };
  const amountHeader = mapping.creditAmount ?? mapping.amount ?? '';
  const lines: ParsedLine[] = [];
  const errors: FieldError[] = [];
  const fail = (lineNo: number, field: string, message: string) => {
    if (errors.length < MAX_ERRORS) errors.push({ path: `/body/file/${lineNo}/${field}`, message });
  };
  table.rows.forEach((row, i) => {
    const lineNo = table.rowNumbers[i];
    const at = (k: number) => (k >= 0 ? (row[k] ?? '') : '');
    const type = special ? at(special.type) : '';
    if (kind === 'wechat' && type === 'REVOKED') return;
    const isRefundRow = (kind === 'alipay' && type === '退款') || (kind === 'wechat' && type === 'REFUND');
    const amountText = isRefundRow && special && at(special.refundAmount) ? at(special.refundAmount) : at(index.amount);
    const amount = parseAmount(amountText);
    if (amount === undefined) {
      fail(
        lineNo,
        'amount',
        `第 ${lineNo} 行「${amountHeader}」不是金额：${amountText} / Row ${lineNo}: "${amountText}" is not an amount`,
      );
      return;
    }
    if (amount === null || amount === 0) {
      if (kind !== 'bank' && amount === null && !isRefundRow) {
        fail(lineNo, 'amount', `第 ${lineNo} 行缺少金额 / Row ${lineNo}: the amount is missing`);
      }
      return;
    }
    if (kind === 'bank' && amount < 0) return;
    const dateText = at(index.date);
    const occurredAt = parseStatementTime(dateText, index.time >= 0 ? at(index.time) : undefined);
    if (!occurredAt) {
      fail(lineNo, 'date', `第 ${lineNo} 行的日期无法识别：${dateText} / Row ${lineNo}: "${dateText}" is not a date`);
      return;
    }
    const text = (k: number) => at(k) || undefined;
    const line: ParsedLine = {
      lineNo,
      amount: Math.abs(amount),
      occurredAt,
      txnNo: text(index.txnNo),
      orderRef: text(index.orderRef),
      payer: text(index.payer),
      memo: text(index.memo),
    };
    if (isRefundRow || amount < 0) {
      line.refund = true;
      line.refundNo = special ? text(special.refundNo) : undefined;
      line.providerRefundNo = special ? text(special.providerRefundNo) : undefined;
    }
    lines.push(line);
  });
  return { lines, errors };
}
