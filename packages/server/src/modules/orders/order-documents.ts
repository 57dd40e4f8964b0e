import { PassThrough } from 'node:stream';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { DbOrTx } from '../../db/client.ts';
import type { PaymentStatus } from '../../db/schema/index.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { AppError } from '../../lib/errors.ts';
import { bigintArray, iso, queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { statusNames } from './order-lifecycle.ts';
import {
  getOrder,
  joins,
  type OrderListQuery,
  type OrderViewRow,
  orderFilter,
  summaryColumns,
} from './orders.query.ts';
import type { OrderSummaryData } from './orders.schemas.ts';

/** How many orders one export may hold; more is a 400 asking for narrower filters. */
export const MAX_EXPORT_ORDERS = 20_000;

const paymentStatusLabels: Record<PaymentStatus, string> = {
  unpaid: '未付款',
  partially_paid: '部分付款',
  paid: '已付款',
  refunded: '已退款',
};

const shanghai = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** An ISO instant as Asia/Shanghai wall time, e.g. "2026-12-01 14:03". */
export const shanghaiTime = (instant: string | Date) => shanghai.format(new Date(instant));

/**
 * The same instant as a Date whose UTC fields read as Shanghai wall time: Excel dates carry no
 * zone, so the cell shows what a user in China expects.
 */
const shanghaiCellDate = (instant: string | Date) => new Date(new Date(instant).getTime() + 8 * 3600_000);

const YUAN_FORMAT = '¥#,##0.00';

interface ExportLine {
  number: string;
  skuCode: string;
  productName: string;
  skuName: string;
  unitName: string;
  quantity: number;
  unitPrice: number;
  amount: number;
  shippedQuantity: number;
}

type ExportFilters = Omit<OrderListQuery, 'page' | 'pageSize'>;

/**
 * The orders matching the list's filters in the caller's scope as an .xlsx with a sheet 订单 (one row
 * an order) and 明细 (one row a line); at most `maxOrders`, else 400 BAD_REQUEST with the count.
 * Audited as `orders.exported` with the filters and the count.
 */
export async function exportOrders(
  db: DbOrTx,
  user: AuthUser,
  actor: AuditActor,
  filters: ExportFilters,
  maxOrders = MAX_EXPORT_ORDERS,
): Promise<Buffer> {
  const where = orderFilter(user, filters);
  const [{ count }] = await queryRows<{ count: number }>(
    db,
    sql`SELECT count(*)::int AS count ${joins} WHERE ${where}`,
  );
  if (count > maxOrders) {
    throw new AppError(
      'BAD_REQUEST',
      `${count} 个订单符合条件，单次最多导出 ${maxOrders} 个，请缩小筛选范围 / ${count} orders match; narrow the filters to at most ${maxOrders}`,
      { count, max: maxOrders },
    );
  }
  const orders = await queryRows<OrderSummaryData>(
    db,
    sql`SELECT ${summaryColumns} ${iso('o.created_at')} AS "createdAt" ${joins} WHERE ${where} ORDER BY o.id DESC LIMIT ${maxOrders}`,
  );
  const lines = await queryRows<ExportLine>(
    db,
    sql`SELECT o.number, l.sku_code AS "skuCode", l.product_name AS "productName", l.sku_name AS "skuName",
               l.unit_name AS "unitName", l.quantity, l.unit_price::float8 AS "unitPrice", l.amount::float8 AS amount,
               l.shipped_quantity AS "shippedQuantity"
          FROM order_lines l JOIN orders o ON o.id = l.order_id
         WHERE l.order_id = ANY(${bigintArray(orders.map((o) => o.id))}) ORDER BY o.id DESC, l.line_no`,
  );
  const file = await ordersWorkbook(orders, lines);
  await audit(db, actor, {
    action: 'orders.exported',
    targetType: 'order',
    details: { filters, count: orders.length },
  });
  return file;
}

type StreamWorkbook = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;

/** One sheet of a streaming workbook: a bold frozen header row, then every row committed as it goes. */
function streamSheet(
  workbook: StreamWorkbook,
  name: string,
  columns: Partial<ExcelJS.Column>[],
  rows: Iterable<Record<string, unknown>>,
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
}

/** Writes the two sheets row by row with the streaming writer, so large exports stay light. */
async function ordersWorkbook(orders: OrderSummaryData[], lines: ExportLine[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => out.on('end', resolve).on('error', reject));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const yuanColumn = (header: string, key: string, width: number) => ({
    header,
    key,
    width,
    style: { numFmt: YUAN_FORMAT },
  });
  streamSheet(
    workbook,
    '订单',
    [
      { header: '订单号', key: 'number', width: 20 },
      { header: '下单时间', key: 'placedAt', width: 18, style: { numFmt: 'yyyy-mm-dd hh:mm' } },
      { header: '客户', key: 'customer', width: 24 },
      { header: '业务员', key: 'salesperson', width: 12 },
      { header: '订单状态', key: 'status', width: 12 },
      { header: '付款状态', key: 'paymentStatus', width: 12 },
      yuanColumn('金额（元）', 'amount', 14),
      { header: '行数', key: 'lineCount', width: 8 },
      { header: '代客下单', key: 'onBehalf', width: 10 },
      { header: '备注', key: 'remark', width: 30 },
    ],
    orders.map((o) => ({
      number: o.number,
      placedAt: shanghaiCellDate(o.createdAt),
      customer: o.customerName,
      salesperson: o.salespersonName ?? '',
      status: statusNames[o.status],
      paymentStatus: paymentStatusLabels[o.paymentStatus],
      amount: o.totalAmount / 100,
      lineCount: o.lineCount,
      onBehalf: o.placedByKind === 'staff' ? '是' : '',
      remark: o.remark,
    })),
  );
  streamSheet(
    workbook,
    '明细',
    [
      { header: '订单号', key: 'number', width: 20 },
      { header: '商品编码', key: 'skuCode', width: 16, style: { numFmt: '@' } },
      { header: '商品名称', key: 'productName', width: 28 },
      { header: '规格', key: 'skuName', width: 16 },
      { header: '单位', key: 'unitName', width: 8 },
      { header: '数量', key: 'quantity', width: 8 },
      yuanColumn('单价（元）', 'unitPrice', 12),
      yuanColumn('金额（元）', 'amount', 14),
      { header: '已发货（基本单位）', key: 'shippedQuantity', width: 18 },
    ],
    lines.map((l) => ({ ...l, unitPrice: l.unitPrice / 100, amount: l.amount / 100 })),
  );
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

export interface PickRow {
  lineNo: number;
  skuCode: string;
  productName: string;
  skuName: string;
  /** Base units to pick. */
  baseQuantity: number;
  baseUnit: string;
  unitName: string;
  unitFactor: number;
}

export interface PickGroup {
  /** null: backordered, not reserved anywhere yet (ships from the default warehouse's free stock). */
  warehouse: { code: string; name: string } | null;
  rows: PickRow[];
}

export interface PickingListData {
  order: OrderViewRow;
  groups: PickGroup[];
}

interface HeldStock {
  baseUnits: Record<string, string> | null;
  allocations: { skuId: number; code: string; name: string; reserved: number }[];
}

/**
 * What is left to pick for an order the user may see, per warehouse from the stock the order still
 * holds (default warehouse first), each SKU's reservation spread over its lines in line order; what
 * no warehouse holds is a group of its own. NOT_FOUND outside the user's scope.
 */
export async function pickingList(db: DbOrTx, user: AuthUser, id: number): Promise<PickingListData> {
  const order = await getOrder(db, user, id);
  const [held] = await queryRows<HeldStock>(
    db,
    sql`SELECT (SELECT json_object_agg(s.id, s.unit) FROM skus s
                 WHERE s.id IN (SELECT sku_id FROM order_lines WHERE order_id = ${id})) AS "baseUnits",
               (SELECT coalesce(json_agg(json_build_object('skuId', a.sku_id, 'code', w.code, 'name', w.name,
                   'reserved', a.reserved) ORDER BY w.is_default DESC, w.code, a.sku_id), '[]')
                  FROM order_allocations a JOIN warehouses w ON w.id = a.warehouse_id
                 WHERE a.order_id = ${id} AND a.reserved > 0) AS allocations`,
  );
  const left = new Map(order.lines.map((l) => [l.id, l.baseQuantity - l.shippedQuantity]));
  const row = (line: OrderViewRow['lines'][number], baseQuantity: number): PickRow => ({
    lineNo: line.lineNo,
    skuCode: line.skuCode,
    productName: line.productName,
    skuName: line.skuName,
    baseQuantity,
    baseUnit: held.baseUnits?.[line.skuId] ?? '',
    unitName: line.unitName,
    unitFactor: line.unitFactor,
  });
  const groups = new Map<string, PickGroup>();
  for (const a of held.allocations) {
    const group = groups.get(a.code) ?? { warehouse: { code: a.code, name: a.name }, rows: [] };
    groups.set(a.code, group);
    let reserved = a.reserved;
    for (const line of order.lines) {
      if (line.skuId !== a.skuId || reserved === 0) continue;
      const take = Math.min(reserved, left.get(line.id) ?? 0);
      if (take === 0) continue;
      left.set(line.id, (left.get(line.id) ?? 0) - take);
      reserved -= take;
      group.rows.push(row(line, take));
    }
  }
  const backordered = order.lines.filter((l) => (left.get(l.id) ?? 0) > 0).map((l) => row(l, left.get(l.id) ?? 0));
  const result = [...groups.values()];
  for (const group of result) group.rows.sort((a, b) => a.lineNo - b.lineNo);
  if (backordered.length) result.push({ warehouse: null, rows: backordered });
  return { order, groups: result };
}
