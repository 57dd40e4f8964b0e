import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser, createStaff, createStockedSku } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import { pdfText } from '../../../test/pdf-text.ts';
import { queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { exportOrders, pickingList, shanghaiTime } from './order-documents.ts';
import { inLineUnit } from './order-pdf.ts';

/** A staff user seeing everything, for calling the services directly. */
const staffUser: AuthUser = {
  id: 0,
  username: 'test',
  name: 'test',
  kind: 'staff',
  customerId: null,
  permissions: ['orders:view', 'orders:export', 'orders:ship'],
  dataScope: 'all',
  sessionHash: '',
};

let ctx: TestContext;
let admin: TestClient;

/** A GET whose body is binary (TestClient decodes bodies as text). */
async function download(client: TestClient, url: string) {
  const res = await ctx.app.inject({ method: 'GET', url, headers: client.cookie ? { cookie: client.cookie } : {} });
  return { status: res.statusCode, headers: res.headers, body: res.rawPayload };
}

async function readWorkbook(data: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

/** The data rows of a sheet, every column present (an empty cell reads as ''). */
const rowValues = (sheet: ExcelJS.Worksheet) => {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value ?? ''));
  });
  return rows;
};

async function roleClient(code: string, permissions: string[], dataScope: 'all' | 'own') {
  const res = await admin.post('/api/roles', { code, name: code, permissions, dataScope });
  expect(res.status).toBe(201);
  return createStaff(ctx, code);
}

let seller: Awaited<ReturnType<typeof createStaff>>;
let buyerA: Awaited<ReturnType<typeof createCustomerWithUser>>;
let buyerB: Awaited<ReturnType<typeof createCustomerWithUser>>;
let orderA: { id: number; number: string; totalAmount: number; createdAt: string };
let orderB: { id: number; number: string };
let second: { id: number; name: string; code: string };

beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
  seller = await roleClient('sales_export', ['orders:view', 'orders:export', 'customers:view'], 'own');
  buyerA = await createCustomerWithUser(ctx, { salespersonId: seller.user.id, name: '华联超市' });
  buyerB = await createCustomerWithUser(ctx, { name: '永辉便利店' });
  second = (await admin.post('/api/warehouses', { code: 'WH-B', name: '城东仓' })).json();
  const cola = await createStockedSku(ctx, 100, {
    price: 250,
    name: '可口可乐 500ml',
    units: [{ name: '箱', factor: 24 }],
  });
  const chips = await createStockedSku(ctx, 5, { price: 1234, name: '乐事薯片' });
  await admin.post('/api/inventory/adjustments', {
    skuId: chips.id,
    quantity: 20,
    warehouseId: second.id,
    reason: '期初',
  });
  const caseUnit =
    cola.units.find((u) => u.name === '箱') ??
    (await admin.get(`/api/products/${cola.productId}`)).json().skus[0].units[0];

  const placed = await buyerA.client.post('/api/orders', {
    lines: [
      { skuId: cola.id, unitId: caseUnit.id, quantity: 2 },
      { skuId: cola.id, quantity: 3 },
      { skuId: chips.id, quantity: 10 },
    ],
    remark: '下午送到后门',
  });
  expect(placed.status).toBe(201);
  orderA = placed.json();
  expect((await admin.post(`/api/orders/${orderA.id}/approve`, {})).status).toBe(200);
  const shipped = await admin.post(`/api/orders/${orderA.id}/shipments`, {
    lines: [{ skuId: cola.id, quantity: 30 }],
    carrier: '顺丰速运',
    trackingNumber: 'SF1234567890',
  });
  expect(shipped.status).toBe(201);

  const onBehalf = await admin.post('/api/orders', {
    customerId: buyerB.customer.id,
    lines: [{ skuId: cola.id, quantity: 1 }],
  });
  expect(onBehalf.status).toBe(201);
  orderB = onBehalf.json();
});
afterAll(() => ctx.close());

describe('GET /api/orders/export.xlsx', () => {
  it('holds one row per order and per line, with Chinese labels, Shanghai time and amounts in yuan; audited', async () => {
    const res = await download(admin, '/api/orders/export.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="orders-\d{8}\.xlsx"; filename\*=UTF-8''%E8%AE%A2%E5%8D%95-\d{8}\.xlsx$/,
    );
    const workbook = await readWorkbook(res.body);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['订单', '明细']);
    const [orders, lines] = workbook.worksheets;
    expect((orders.getRow(1).values as string[]).slice(1)).toEqual([
      '订单号',
      '下单时间',
      '客户',
      '业务员',
      '订单状态',
      '付款状态',
      '金额（元）',
      '行数',
      '代客下单',
      '备注',
    ]);
    const rows = rowValues(orders);
    expect(rows.map((r) => r[0])).toEqual([orderB.number, orderA.number]);
    const [b, a] = rows;
    expect(a).toEqual([
      orderA.number,
      expect.any(Date),
      '华联超市',
      'sales_export',
      '部分发货',
      '未付款',
      (2 * 24 * 250 + 3 * 250 + 10 * 1234) / 100,
      3,
      '',
      '下午送到后门',
    ]);
    // The cell's wall time is Shanghai's.
    const placedAt = (a[1] as Date).toISOString().slice(0, 16).replace('T', ' ');
    expect(placedAt).toBe(shanghaiTime(orderA.createdAt));
    expect(orders.getRow(3).getCell(7).numFmt).toBe('¥#,##0.00');
    expect(b.slice(2, 9)).toEqual(['永辉便利店', '', '待审核', '未付款', 2.5, 1, '是']);

    expect(rowValues(lines)).toEqual([
      [orderB.number, expect.stringMatching(/^SKU_/), '可口可乐 500ml', '', '瓶', 1, 2.5, 2.5, 0],
      [orderA.number, expect.stringMatching(/^SKU_/), '可口可乐 500ml', '', '箱', 2, 60, 120, 30],
      [orderA.number, expect.stringMatching(/^SKU_/), '可口可乐 500ml', '', '瓶', 3, 2.5, 7.5, 0],
      [orderA.number, expect.stringMatching(/^SKU_/), '乐事薯片', '', '瓶', 10, 12.34, 123.4, 0],
    ]);
    expect(lines.getRow(2).getCell(8).numFmt).toBe('¥#,##0.00');

    const [entry] = await queryRows<{ details: { count: number } }>(
      ctx.database.db,
      sql`SELECT details FROM audit_log WHERE action = 'orders.exported' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry.details.count).toBe(2);
  });

  it('applies the list filters and the caller’s scope', async () => {
    const byCustomer = await readWorkbook(
      (await download(admin, `/api/orders/export.xlsx?customerId=${buyerB.customer.id}`)).body,
    );
    expect(rowValues(byCustomer.worksheets[0]).map((r) => r[0])).toEqual([orderB.number]);
    expect(rowValues(byCustomer.worksheets[1])).toHaveLength(1);
    const byStatus = await readWorkbook(
      (await download(admin, '/api/orders/export.xlsx?status=partially_shipped&q=华联')).body,
    );
    expect(rowValues(byStatus.worksheets[0]).map((r) => r[0])).toEqual([orderA.number]);
    const none = await readWorkbook((await download(admin, '/api/orders/export.xlsx?minAmount=99999999')).body);
    expect(rowValues(none.worksheets[0])).toEqual([]);

    // A salesperson-scoped role sees only its own customers' orders, whatever the filter asks.
    const own = await readWorkbook((await download(seller.client, '/api/orders/export.xlsx')).body);
    expect(rowValues(own.worksheets[0]).map((r) => r[0])).toEqual([orderA.number]);
    const other = await readWorkbook(
      (await download(seller.client, `/api/orders/export.xlsx?customerId=${buyerB.customer.id}`)).body,
    );
    expect(rowValues(other.worksheets[0])).toEqual([]);
  });

  it('is refused without orders:export, to customers, and past the cap', async () => {
    const salesperson = await createStaff(ctx, 'salesperson');
    expect((await salesperson.client.get('/api/orders/export.xlsx')).status).toBe(403);
    expect((await buyerA.client.get('/api/orders/export.xlsx')).status).toBe(403);
    expect((await ctx.anonymous().get('/api/orders/export.xlsx')).status).toBe(401);

    await expect(exportOrders(ctx.database.db, staffUser, { id: null, name: 'test' }, {}, 1)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      details: { count: 2, max: 1 },
    });
  });
});

describe('GET /api/orders/:id/picking-list.pdf', () => {
  it('lists what each warehouse still has to pick, in the line’s unit and base units', async () => {
    const warehouse = await createStaff(ctx, 'warehouse');
    const res = await download(warehouse.client, `/api/orders/${orderA.id}/picking-list.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `inline; filename="picking-list-${orderA.number}.pdf"; filename*=UTF-8''%E6%8B%A3%E8%B4%A7%E5%8D%95-${orderA.number}.pdf`,
    );
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(res.body);
    for (const expected of [orderA.number, '华联超市', '下午送到后门', '城东仓', '乐事薯片', '拣货人', '复核人'])
      expect(text).toContain(expected);

    // 2 箱 + 3 瓶 of cola reserved 51 in the default warehouse and 30 shipped: 1 箱 (24) and 3 瓶 remain;
    // chips: 5 in the default warehouse, 5 in 城东仓.
    const { groups } = await pickingList(ctx.database.db, staffUser, orderA.id);
    expect(
      groups.map((g) => [g.warehouse?.code, g.rows.map((r) => [r.lineNo, inLineUnit(r), r.baseQuantity])]),
    ).toEqual([
      [
        expect.any(String),
        [
          [1, '18 瓶', 18],
          [2, '3 瓶', 3],
          [3, '5 瓶', 5],
        ],
      ],
      ['WH-B', [[3, '5 瓶', 5]]],
    ]);
  });

  it('is 403 for a buyer and 404 outside a salesperson’s scope', async () => {
    expect((await buyerA.client.get(`/api/orders/${orderA.id}/picking-list.pdf`)).status).toBe(403);
    const scoped = await roleClient('ship_own', ['orders:view', 'orders:ship'], 'own');
    expect((await scoped.client.get(`/api/orders/${orderA.id}/picking-list.pdf`)).status).toBe(404);
  });
});

describe('GET /api/orders/:id/delivery-note.pdf', () => {
  it('the buyer prints its own: lines, total in figures and 人民币大写, shipments, signature line', async () => {
    const res = await download(buyerA.client, `/api/orders/${orderA.id}/delivery-note.pdf`);
    expect(res.status).toBe(200);
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.headers['content-disposition']).toContain(`filename="delivery-note-${orderA.number}.pdf"`);
    const text = pdfText(res.body);
    for (const expected of [
      orderA.number,
      '华联超市',
      '可口可乐 500ml',
      '¥60.00',
      '¥12.34',
      '¥250.90',
      '人民币贰佰伍拾元玖角整',
      '顺丰速运',
      'SF1234567890',
      '收货人签字',
    ])
      expect(text).toContain(expected);
  });

  it('is 404 for another customer’s order and outside a salesperson’s scope, 403 without orders:view', async () => {
    expect((await buyerB.client.get(`/api/orders/${orderA.id}/delivery-note.pdf`)).status).toBe(404);
    expect((await seller.client.get(`/api/orders/${orderB.id}/delivery-note.pdf`)).status).toBe(404);
    expect((await seller.client.get(`/api/orders/${orderA.id}/delivery-note.pdf`)).status).toBe(200);
    const noOrders = await roleClient('catalog_only', ['products:view'], 'all');
    expect((await noOrders.client.get(`/api/orders/${orderA.id}/delivery-note.pdf`)).status).toBe(403);
  });
});
