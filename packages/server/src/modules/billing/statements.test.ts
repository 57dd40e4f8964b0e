import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser, createStaff, createStockedSku } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import { pdfText } from '../../../test/pdf-text.ts';
import { queryRows } from '../../lib/sql.ts';
import { monthBounds, shanghaiMonth } from './statements.service.ts';

let ctx: TestContext;
let admin: TestClient;
let finance: TestClient;
let warehouse: TestClient;

beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
  finance = (await createStaff(ctx, 'finance')).client;
  warehouse = (await createStaff(ctx, 'warehouse')).client;
});
afterAll(() => ctx?.close());

async function download(client: TestClient, url: string) {
  const res = await ctx.app.inject({ method: 'GET', url, headers: client.cookie ? { cookie: client.cookie } : {} });
  return { status: res.statusCode, headers: res.headers, body: res.rawPayload };
}

/** Moves everything a customer did `days` into the past (the ledger's no-update trigger is lifted for it). */
async function shiftBack(customerId: number, days: number) {
  const db = ctx.database.db;
  const by = sql`make_interval(days => ${days})`;
  await db.execute(sql`UPDATE orders SET created_at = created_at - ${by} WHERE customer_id = ${customerId}`);
  await db.execute(
    sql`UPDATE order_events e SET created_at = e.created_at - ${by} FROM orders o WHERE o.id = e.order_id AND o.customer_id = ${customerId}`,
  );
  await db.execute(
    sql`UPDATE order_returns r SET received_at = r.received_at - ${by} FROM orders o WHERE o.id = r.order_id AND o.customer_id = ${customerId}`,
  );
  await db.execute(
    sql`UPDATE payments SET paid_at = paid_at - ${by}, created_at = created_at - ${by} WHERE customer_id = ${customerId}`,
  );
  await db.execute(sql`UPDATE refunds SET created_at = created_at - ${by} WHERE customer_id = ${customerId}`);
  await db.execute(sql`ALTER TABLE account_entries DISABLE TRIGGER account_entries_no_update`);
  await db.execute(sql`UPDATE account_entries SET created_at = created_at - ${by} WHERE customer_id = ${customerId}`);
  await db.execute(sql`ALTER TABLE account_entries ENABLE TRIGGER account_entries_no_update`);
}

describe('monthly statements (对账单)', () => {
  it('month bounds are Asia/Shanghai months', () => {
    expect(monthBounds('2026-11')).toEqual({ from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' });
    expect(monthBounds('2026-12').to).toBe('2026-12-31T16:00:00.000Z');
    expect(shanghaiMonth(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12');
  });

  it('lists orders, cancellations, return credits, payments and refunds with a running balance that equals what is owed', async () => {
    const { customer, client: buyer } = await createCustomerWithUser(ctx);
    await admin.patch(`/api/customers/${customer.id}`, { creditLimit: 100_000, paymentTermDays: 30 });
    const sku = await createStockedSku(ctx, 100, { price: 1000 });
    await finance.post(`/api/customers/${customer.id}/wallet/top-ups`, { amount: 20_000, note: '预存' });

    const place = async (quantity: number, paymentMethod?: string) =>
      (
        await buyer.post('/api/orders', {
          lines: [{ skuId: sku.id, quantity }],
          ...(paymentMethod ? { paymentMethod } : {}),
        })
      ).json();
    const a = await place(5); // ¥50, paid from the wallet, shipped, one returned
    await buyer.post(`/api/orders/${a.id}/payments`, { method: 'wallet' });
    await admin.post(`/api/orders/${a.id}/approve`);
    await warehouse.post(`/api/orders/${a.id}/shipments`, { lines: [{ skuId: sku.id, quantity: 5 }] });
    const ret = (
      await buyer.post(`/api/orders/${a.id}/returns`, { lines: [{ skuId: sku.id, quantity: 1 }], reason: '破损' })
    ).json();
    await admin.post(`/api/returns/${ret.id}/approve`, {});
    expect((await warehouse.post(`/api/returns/${ret.id}/receive`, {})).status).toBe(200);
    const b = await place(3, 'credit'); // ¥30 on credit, ¥10 repaid
    await buyer.post(`/api/orders/${b.id}/payments`, { method: 'credit' });
    await finance.post(`/api/customers/${customer.id}/credit/repayments`, { amount: 1000, note: '还款' });
    const c = await place(2); // ¥20 cancelled
    await buyer.post(`/api/orders/${c.id}/cancel`, { reason: '下错了' });
    await place(1); // ¥10 unpaid

    const month = shanghaiMonth(new Date());
    const res = await buyer.get(`/api/customers/${customer.id}/statements/${month}`);
    expect(res.status, res.body).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({ openingBalance: 0, ended: false, canRespond: false });
    expect(s.totals).toEqual({
      order: 11_000,
      cancel: -2000,
      return: -1000,
      payment: -6000,
      refund: 1000,
      adjustment: 0,
    });
    expect(s.orders.map((o: { number: string }) => o.number)).toContain(a.number);
    expect(s.lines.at(-1).balance).toBe(s.closingBalance);
    // Owed = what credit still holds (¥20) + what orders still have due (¥10).
    const [owed] = await queryRows<{ owed: number }>(
      ctx.database.db,
      sql`SELECT ((SELECT coalesce(sum(balance), 0) FROM customer_accounts WHERE customer_id = ${customer.id} AND kind = 'credit')
            + (SELECT coalesce(sum(greatest(0, CASE WHEN status = 'cancelled' THEN 0 ELSE total_amount - credited_amount END - (paid_amount - refunded_amount))), 0)
                 FROM orders WHERE customer_id = ${customer.id}))::float8 AS owed`,
    );
    expect(s.closingBalance).toBe(owed.owed);
    expect(s.closingBalance).toBe(3000);
    expect(s.wallet).toMatchObject({ opening: 0, topUps: 20_000, payments: -5000, refunds: 1000, closing: 16_000 });

    // Another customer sees none of it.
    const other = await createCustomerWithUser(ctx);
    const stranger = other.client;
    expect((await stranger.get(`/api/customers/${customer.id}/statements/${month}`)).status).toBe(404);
    // A month with nothing in it has nothing to confirm.
    expect((await stranger.get(`/api/customers/${other.customer.id}/statements/2026-01`)).json()).toMatchObject({
      ended: true,
      lines: [],
      canRespond: false,
    });
    expect(s.lines.find((l: { kind: string }) => l.kind === 'payment').method).toBe('wallet');
    expect((await buyer.get(`/api/customers/${customer.id}/statements/2026-13`)).status).toBe(400);
  });

  it('an ended month is confirmed or disputed by the customer, answered by finance; next month opens where it closed', async () => {
    // Digits only after the name: random hex such as "ff" would be set as a ligature in the PDF.
    const { customer, client: buyer } = await createCustomerWithUser(ctx, {
      name: `对账测试商行${String(Date.now()).slice(-6)}`,
    });
    const sku = await createStockedSku(ctx, 100, { price: 2500 });
    const order = (await buyer.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 2 }] })).json();
    await finance.post(`/api/orders/${order.id}/payments`, { method: 'offline', amount: 2000, payerName: '客户' });
    await shiftBack(customer.id, 40);

    const past = shanghaiMonth(new Date(Date.now() - 40 * 86_400_000));
    const current = shanghaiMonth(new Date());
    const last = (await buyer.get(`/api/customers/${customer.id}/statements/${past}`)).json();
    expect(last).toMatchObject({ ended: true, canRespond: true, openingBalance: 0, closingBalance: 3000 });
    const list = (await buyer.get(`/api/customers/${customer.id}/statements`)).json();
    expect(list.items[0].month).toBe(current);
    const pastRow = list.items.find((i: { month: string }) => i.month === past);
    expect(pastRow).toMatchObject({ closingBalance: 3000, status: null });
    if (past !== current) {
      const now = (await buyer.get(`/api/customers/${customer.id}/statements/${current}`)).json();
      expect(now.openingBalance).toBe(3000);
      expect((await buyer.post(`/api/customers/${customer.id}/statements/${current}/confirm`, {})).status).toBe(409);
    }

    expect((await buyer.post(`/api/customers/${customer.id}/statements/${past}/dispute`, {})).status).toBe(400);
    const disputed = await buyer.post(`/api/customers/${customer.id}/statements/${past}/dispute`, {
      comment: '少记一笔付款',
    });
    expect(disputed.status, disputed.body).toBe(200);
    expect(disputed.json().response).toMatchObject({
      status: 'disputed',
      comment: '少记一笔付款',
      closingBalance: 3000,
    });
    const overview = (await finance.get(`/api/statements?month=${past}&status=disputed`)).json();
    expect(overview.items.find((i: { customerId: number }) => i.customerId === customer.id)).toMatchObject({
      status: 'disputed',
      closingBalance: 3000,
    });
    const replied = await finance.post(`/api/customers/${customer.id}/statements/${past}/reply`, {
      reply: '已核实，款项在途',
    });
    expect(replied.json().response.reply).toBe('已核实，款项在途');
    expect((await finance.post(`/api/customers/${customer.id}/statements/${past}/confirm`, {})).status).toBe(403);
    const confirmed = await buyer.post(`/api/customers/${customer.id}/statements/${past}/confirm`, { comment: '无误' });
    expect(confirmed.json()).toMatchObject({ response: { status: 'confirmed' }, canRespond: false });
    expect((await buyer.post(`/api/customers/${customer.id}/statements/${past}/confirm`, {})).status).toBe(409);

    const pdf = await download(buyer, `/api/customers/${customer.id}/statements/${past}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.body);
    expect(text).toContain('对 账 单');
    expect(text).toContain(customer.name);
    expect(text).toContain(order.number);
    expect(text).toContain('¥30.00');

    const xlsx = await download(finance, `/api/customers/${customer.id}/statements/${past}/xlsx`);
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const rows = book.getWorksheet('明细')?.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.some((r) => r.includes(order.number))).toBe(true);
    expect(rows.at(-1)).toContain(30);
  });
});
