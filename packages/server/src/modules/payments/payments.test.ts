import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser, createStaff, createStockedSku } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import { postFile } from '../../../test/multipart.ts';
import { queryRows } from '../../lib/sql.ts';

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

/** Every account's balance equals the sum of its entries, and each entry's balance_after runs in step. */
async function expectLedgersBalanced() {
  const off = await queryRows<{ customerId: number; kind: string }>(
    ctx.database.db,
    sql`SELECT a.customer_id::int AS "customerId", a.kind FROM customer_accounts a
          LEFT JOIN (SELECT customer_id, account, sum(amount) AS total FROM account_entries GROUP BY 1, 2) e
            ON e.customer_id = a.customer_id AND e.account = a.kind
         WHERE a.balance <> coalesce(e.total, 0)`,
  );
  expect(off).toEqual([]);
  const runs = await queryRows<{ id: number }>(
    ctx.database.db,
    sql`SELECT id::int AS id FROM (
          SELECT id, balance_after, sum(amount) OVER (PARTITION BY customer_id, account ORDER BY id) AS running
            FROM account_entries) x WHERE balance_after <> running`,
  );
  expect(runs).toEqual([]);
  // The credit account is what open receivables still owe.
  const credit = await queryRows<{ customerId: number }>(
    ctx.database.db,
    sql`SELECT a.customer_id::int AS "customerId" FROM customer_accounts a
          LEFT JOIN (SELECT customer_id, sum(amount - settled) AS open FROM receivables GROUP BY 1) r ON r.customer_id = a.customer_id
         WHERE a.kind = 'credit' AND a.balance <> coalesce(r.open, 0)`,
  );
  expect(credit).toEqual([]);
  // An order's paid and refunded amounts are its payments' applied and refunded amounts.
  const orders = await queryRows<{ id: number }>(
    ctx.database.db,
    sql`SELECT o.id::int AS id FROM orders o
          LEFT JOIN (SELECT order_id, sum(applied_amount) AS paid, sum(refunded_amount) AS refunded FROM payments
                      WHERE status = 'succeeded' GROUP BY 1) p ON p.order_id = o.id
         WHERE o.paid_amount <> coalesce(p.paid, 0) OR o.refunded_amount <> coalesce(p.refunded, 0)`,
  );
  expect(orders).toEqual([]);
}

async function customerWith(options: { creditLimit?: number; paymentTermDays?: number } = {}) {
  const c = await createCustomerWithUser(ctx);
  if (options.creditLimit !== undefined || options.paymentTermDays !== undefined) {
    const res = await admin.patch(`/api/customers/${c.customer.id}`, options);
    expect(res.status, res.body).toBe(200);
  }
  return c;
}

async function placeOrder(buyer: TestClient, skuId: number, quantity: number, extra: Record<string, unknown> = {}) {
  const res = await buyer.post('/api/orders', { lines: [{ skuId, quantity }], ...extra });
  expect(res.status, res.body).toBe(201);
  return res.json() as { id: number; number: string; totalAmount: number; paymentStatus: string };
}

async function topUp(customerId: number, amount: number) {
  const res = await finance.post(`/api/customers/${customerId}/wallet/top-ups`, { amount, note: '银行转账' });
  expect(res.status, res.body).toBe(201);
  return res.json();
}

describe('wallet (预存款)', () => {
  it('finance tops up; the buyer pays an order from it in parts; the ledger and the order agree', async () => {
    const { customer, client: buyer } = await customerWith();
    const sku = await createStockedSku(ctx, 100, { price: 1250 });
    const top = await topUp(customer.id, 5000);
    expect(top).toMatchObject({ status: 'succeeded', purpose: 'top_up', method: 'offline', amount: 5000 });
    // Finance keeps the bank slip with the top-up it recorded.
    const slip = await postFile(finance, `/api/payments/${top.id}/vouchers`, {
      data: Buffer.from('%PDF-1.4\n%demo\n'),
      filename: '回单.pdf',
    });
    expect(slip.status, slip.body).toBe(201);
    expect(
      (
        await postFile(buyer, `/api/payments/${top.id}/vouchers`, {
          data: Buffer.from('%PDF-1.4\n'),
          filename: 'x.pdf',
        })
      ).status,
    ).toBe(409);

    const wallet = (await buyer.get(`/api/customers/${customer.id}/wallet`)).json();
    expect(wallet.balance).toBe(5000);
    expect(wallet.entries[0]).toMatchObject({ kind: 'top_up', amount: 5000, balanceAfter: 5000 });

    const order = await placeOrder(buyer, sku.id, 4); // ¥50.00
    expect(order.paymentStatus).toBe('unpaid');
    const part = await buyer.post(`/api/orders/${order.id}/payments`, { method: 'wallet', amount: 2000 });
    expect(part.status, part.body).toBe(201);
    expect(part.json()).toMatchObject({ status: 'succeeded', amount: 2000, appliedAmount: 2000 });
    let view = (await buyer.get(`/api/orders/${order.id}`)).json();
    expect(view).toMatchObject({ paymentStatus: 'partially_paid', paidAmount: 2000, dueAmount: 3000 });

    const rest = await buyer.post(`/api/orders/${order.id}/payments`, { method: 'wallet' });
    expect(rest.json()).toMatchObject({ amount: 3000, status: 'succeeded' });
    view = (await buyer.get(`/api/orders/${order.id}`)).json();
    expect(view).toMatchObject({ paymentStatus: 'paid', paidAmount: 5000, dueAmount: 0 });
    expect(view.events.some((e: { kind: string }) => e.kind === 'paid')).toBe(true);

    const after = (await buyer.get(`/api/customers/${customer.id}/wallet`)).json();
    expect(after.balance).toBe(0);
    expect(after.entries.map((e: { kind: string; amount: number }) => [e.kind, e.amount])).toEqual([
      ['payment', -3000],
      ['payment', -2000],
      ['top_up', 5000],
    ]);
    // Paid in full: nothing more is taken.
    const again = await buyer.post(`/api/orders/${order.id}/payments`, { method: 'wallet' });
    expect(again.status).toBe(409);
    expect(again.json().error.code).toBe('INVALID_STATE');
    await expectLedgersBalanced();
  });

  it('409 INSUFFICIENT_BALANCE when the wallet cannot cover it, changing nothing; more than is due is 400', async () => {
    const { customer, client: buyer } = await customerWith();
    const sku = await createStockedSku(ctx, 100, { price: 1000 });
    await topUp(customer.id, 999);
    const order = await placeOrder(buyer, sku.id, 1);
    const res = await buyer.post(`/api/orders/${order.id}/payments`, { method: 'wallet' });
    expect(res.status).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'INSUFFICIENT_BALANCE', details: { balance: 999, amount: 1000 } });
    expect((await buyer.get(`/api/customers/${customer.id}/wallet`)).json().balance).toBe(999);
    expect((await buyer.get(`/api/orders/${order.id}`)).json().paymentStatus).toBe('unpaid');

    const over = await buyer.post(`/api/orders/${order.id}/payments`, { method: 'wallet', amount: 1001 });
    expect(over.status).toBe(400);
    expect(over.json().error.details.fields[0].path).toBe('/body/amount');
    const bad = await buyer.post(`/api/orders/${order.id}/payments`, { method: 'cash', amount: -5 });
    expect(bad.status).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('an Idempotency-Key replay returns the first payment and debits once', async () => {
    const { customer, client: buyer } = await customerWith();
    const sku = await createStockedSku(ctx, 100, { price: 700 });
    await topUp(customer.id, 10_000);
    const order = await placeOrder(buyer, sku.id, 2);
    const headers = { 'idempotency-key': `pay-${order.id}` };
    const first = await buyer.post(`/api/orders/${order.id}/payments`, { method: 'wallet', amount: 700 }, headers);
    const replay = await buyer.post(`/api/orders/${order.id}/payments`, { method: 'wallet', amount: 700 }, headers);
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json().id).toBe(first.json().id);
    expect((await buyer.get(`/api/customers/${customer.id}/wallet`)).json().balance).toBe(10_000 - 700);
    const other = await buyer.post(`/api/orders/${order.id}/payments`, { method: 'wallet', amount: 1 }, headers);
    expect(other.status).toBe(409);
    // A top-up retried with its key is recorded once.
    const key = { 'idempotency-key': `top-${customer.id}` };
    const once = await finance.post(`/api/customers/${customer.id}/wallet/top-ups`, { amount: 50, note: '补' }, key);
    const twice = await finance.post(`/api/customers/${customer.id}/wallet/top-ups`, { amount: 50, note: '补' }, key);
    expect(twice.json().id).toBe(once.json().id);
    expect((await buyer.get(`/api/customers/${customer.id}/wallet`)).json().balance).toBe(10_000 - 700 + 50);
  });

  it('concurrent wallet payments never overdraw: a burst against one wallet takes exactly what it holds', async () => {
    const { customer, client: buyer } = await customerWith();
    const sku = await createStockedSku(ctx, 1000, { price: 100 });
    await topUp(customer.id, 1000); // ten orders' worth
    const orders = [];
    for (let i = 0; i < 16; i++) orders.push(await placeOrder(buyer, sku.id, 1));
    const results = await Promise.all(
      orders.map((o) => buyer.post(`/api/orders/${o.id}/payments`, { method: 'wallet' })),
    );
    const codes = results.map((r) => r.status);
    expect(codes.filter((c) => c === 201)).toHaveLength(10);
    expect(codes.filter((c) => c === 409)).toHaveLength(6);
    expect((await buyer.get(`/api/customers/${customer.id}/wallet`)).json().balance).toBe(0);
    await expectLedgersBalanced();
  });

  it('finance adjusts the wallet with a reason (audited); staff without payments:confirm cannot record money', async () => {
    const { customer } = await customerWith();
    const res = await finance.post(`/api/customers/${customer.id}/accounts/wallet/adjustments`, {
      amount: 300,
      note: '返利',
    });
    expect(res.status, res.body).toBe(201);
    expect(res.json().balance).toBe(300);
    const under = await finance.post(`/api/customers/${customer.id}/accounts/wallet/adjustments`, {
      amount: -301,
      note: '冲销',
    });
    expect(under.status).toBe(409);
    const audit = (await admin.get('/api/audit-log?action=wallet.adjusted')).json();
    expect(audit.items.some((a: { targetId: string }) => a.targetId === String(customer.id))).toBe(true);

    const sales = (await createStaff(ctx, 'salesperson')).client;
    expect((await sales.post(`/api/customers/${customer.id}/wallet/top-ups`, { amount: 100, note: 'x' })).status).toBe(
      403,
    );
  });
});

describe('payment methods', () => {
  it('the supplier enables methods, per customer if it wants; online ones only once configured', async () => {
    const { customer, client: buyer } = await customerWith();
    let options = (await buyer.get('/api/payment-options')).json();
    expect(options.methods).toEqual(['wallet', 'credit', 'offline']);
    const patched = await admin.patch(`/api/customers/${customer.id}`, { paymentMethods: ['offline'] });
    expect(patched.status, patched.body).toBe(200);
    expect(patched.json().paymentMethods).toEqual(['offline']);
    options = (await buyer.get('/api/payment-options')).json();
    expect(options.methods).toEqual(['offline']);
    const sku = await createStockedSku(ctx, 10, { price: 100 });
    const order = await placeOrder(buyer, sku.id, 1);
    const res = await buyer.post(`/api/orders/${order.id}/payments`, { method: 'wallet' });
    expect(res.status).toBe(400);
    expect(res.json().error.details.fields[0].path).toBe('/body/method');
    await admin.patch(`/api/customers/${customer.id}`, { paymentMethods: null });
    expect((await buyer.get('/api/payment-options')).json().methods).toContain('wallet');
    expect((await buyer.get('/api/payment-options?customerId=1')).json().customerId).toBe(customer.id);
  });
});

describe('credit (账期)', () => {
  it('orders within the available credit; 409 CREDIT_LIMIT_EXCEEDED names what is available; repayments free it', async () => {
    const { customer, client: buyer } = await customerWith({ creditLimit: 10_000, paymentTermDays: 30 });
    const sku = await createStockedSku(ctx, 1000, { price: 1000 });
    const first = await placeOrder(buyer, sku.id, 6, { paymentMethod: 'credit' });
    const refused = await buyer.post('/api/orders', {
      lines: [{ skuId: sku.id, quantity: 5 }],
      paymentMethod: 'credit',
    });
    expect(refused.status).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'CREDIT_LIMIT_EXCEEDED',
      details: { creditLimit: 10_000, available: 4000, totalAmount: 5000 },
    });

    // Paying by credit charges the receivable; the order counts as paid (on credit).
    const pay = await buyer.post(`/api/orders/${first.id}/payments`, { method: 'credit' });
    expect(pay.status, pay.body).toBe(201);
    expect((await buyer.get(`/api/orders/${first.id}`)).json().paymentStatus).toBe('paid');
    let credit = (await buyer.get(`/api/customers/${customer.id}/credit`)).json();
    expect(credit).toMatchObject({ creditLimit: 10_000, outstanding: 6000, committed: 0, available: 4000, overdue: 0 });
    expect(credit.receivables[0]).toMatchObject({ orderId: first.id, open: 6000, dueAt: null });

    // Shipping starts the term.
    await admin.post(`/api/orders/${first.id}/approve`);
    const ship = await warehouse.post(`/api/orders/${first.id}/shipments`, { lines: [{ skuId: sku.id, quantity: 6 }] });
    expect(ship.status, ship.body).toBe(201);
    credit = (await buyer.get(`/api/customers/${customer.id}/credit`)).json();
    const due = new Date(credit.receivables[0].dueAt).getTime();
    expect(Math.abs(due - (Date.now() + 30 * 86_400_000))).toBeLessThan(120_000);
    expect(credit.ageing.notDue).toBe(6000);

    // Finance records a repayment: available again.
    const repay = await finance.post(`/api/customers/${customer.id}/credit/repayments`, { amount: 2500, note: '还款' });
    expect(repay.status, repay.body).toBe(201);
    credit = (await buyer.get(`/api/customers/${customer.id}/credit`)).json();
    expect(credit).toMatchObject({ outstanding: 3500, available: 6500 });
    expect(credit.receivables[0]).toMatchObject({ settled: 2500, open: 3500 });
    expect((await finance.post(`/api/customers/${customer.id}/credit/repayments`, { amount: 3501 })).status).toBe(400);
    await expectLedgersBalanced();
  });

  it('concurrent credit orders never exceed the limit: a burst takes exactly what the credit allows', async () => {
    const { customer, client: buyer } = await customerWith({ creditLimit: 8000 });
    const sku = await createStockedSku(ctx, 1000, { price: 1000 });
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        buyer.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 1 }], paymentMethod: 'credit' }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(8);
    expect(results.filter((r) => r.status === 409).every((r) => r.json().error.code === 'CREDIT_LIMIT_EXCEEDED')).toBe(
      true,
    );
    // Paying them all by credit at once fits exactly.
    const placed = results.filter((r) => r.status === 201).map((r) => r.json().id as number);
    const paid = await Promise.all(placed.map((id) => buyer.post(`/api/orders/${id}/payments`, { method: 'credit' })));
    expect(paid.every((r) => r.status === 201)).toBe(true);
    expect((await buyer.get(`/api/customers/${customer.id}/credit`)).json()).toMatchObject({
      outstanding: 8000,
      available: 0,
    });
    await expectLedgersBalanced();
  });

  it('an order placed on credit is charged when it ships; ageing buckets and the overdue block', async () => {
    const { customer, client: buyer } = await customerWith({ creditLimit: 100_000, paymentTermDays: 10 });
    const sku = await createStockedSku(ctx, 1000, { price: 2000 });
    const order = await placeOrder(buyer, sku.id, 3, { paymentMethod: 'credit' });
    let credit = (await buyer.get(`/api/customers/${customer.id}/credit`)).json();
    expect(credit).toMatchObject({ outstanding: 0, committed: 6000, available: 94_000 });
    await admin.post(`/api/orders/${order.id}/approve`);
    await warehouse.post(`/api/orders/${order.id}/shipments`, { lines: [{ skuId: sku.id, quantity: 3 }] });
    credit = (await buyer.get(`/api/customers/${customer.id}/credit`)).json();
    expect(credit).toMatchObject({ outstanding: 6000, committed: 0 });
    expect((await buyer.get(`/api/orders/${order.id}`)).json().paymentStatus).toBe('paid');

    // 45 days later it is 35 days overdue.
    await ctx.database.db.execute(
      sql`UPDATE receivables SET due_at = now() - interval '35 days' WHERE order_id = ${order.id}`,
    );
    credit = (await buyer.get(`/api/customers/${customer.id}/credit`)).json();
    expect(credit.ageing).toMatchObject({ notDue: 0, d1_30: 0, d31_60: 6000 });
    expect(credit.overdue).toBe(6000);
    const report = (await finance.get('/api/receivables/ageing?overdueOnly=true')).json();
    expect(report.items.find((r: { customerId: number }) => r.customerId === customer.id)).toMatchObject({
      overdue: 6000,
      d31_60: 6000,
    });

    expect((await admin.patch('/api/settings/payments', { blockOverdue: true })).status).toBe(200);
    const blocked = await buyer.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 1 }] });
    expect(blocked.status).toBe(409);
    expect(blocked.json().error).toMatchObject({ code: 'CREDIT_OVERDUE', details: { overdue: 6000 } });
    await finance.post(`/api/customers/${customer.id}/credit/repayments`, { amount: 6000, note: '结清' });
    expect((await buyer.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 1 }] })).status).toBe(201);
    await admin.patch('/api/settings/payments', { blockOverdue: false });
    await expectLedgersBalanced();
  });
});

describe('offline transfer (线下转账)', () => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );

  it('the buyer reports a transfer with a voucher; finance sees it pending and confirms it; rejects another', async () => {
    const { customer, client: buyer } = await customerWith();
    const sku = await createStockedSku(ctx, 100, { price: 5000 });
    const order = await placeOrder(buyer, sku.id, 2);
    const res = await buyer.post(`/api/orders/${order.id}/payments`, {
      method: 'offline',
      amount: 6000,
      payerName: '某某商行',
    });
    expect(res.status, res.body).toBe(201);
    const payment = res.json();
    expect(payment).toMatchObject({ status: 'pending', amount: 6000, payerName: '某某商行' });
    const upload = await postFile(buyer, `/api/payments/${payment.id}/vouchers`, {
      data: png,
      filename: '回单.png',
      contentType: 'image/png',
    });
    expect(upload.status, upload.body).toBe(201);
    expect(upload.json().vouchers).toHaveLength(1);
    const text = await postFile(buyer, `/api/payments/${payment.id}/vouchers`, {
      data: Buffer.from('hello'),
      filename: 'a.txt',
    });
    expect(text.status).toBe(415);
    const file = await finance.get(upload.json().vouchers[0].url);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    const stranger = (await customerWith()).client;
    expect((await stranger.get(upload.json().vouchers[0].url)).status).toBe(404);

    const pending = (await finance.get('/api/payments?status=pending&method=offline')).json();
    expect(pending.items.some((p: { id: number }) => p.id === payment.id)).toBe(true);
    const queue = (await finance.get('/api/payments?status=pending&sort=oldest&pageSize=100')).json();
    const ids = queue.items.map((p: { id: number }) => p.id);
    expect(ids).toEqual([...ids].sort((a: number, b: number) => a - b));
    expect((await buyer.get(`/api/orders/${order.id}`)).json().paymentStatus).toBe('unpaid');
    expect((await buyer.post(`/api/payments/${payment.id}/confirm`, {})).status).toBe(403);

    const confirmed = await finance.post(`/api/payments/${payment.id}/confirm`, { providerTradeNo: 'B20261202001' });
    expect(confirmed.status, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'succeeded', providerTradeNo: 'B20261202001' });
    expect((await buyer.get(`/api/orders/${order.id}`)).json()).toMatchObject({
      paymentStatus: 'partially_paid',
      dueAmount: 4000,
    });
    expect((await finance.post(`/api/payments/${payment.id}/confirm`, {})).status).toBe(409);

    const second = (await buyer.post(`/api/orders/${order.id}/payments`, { method: 'offline' })).json();
    const rejected = await finance.post(`/api/payments/${second.id}/reject`, { reason: '未收到款项' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectReason: '未收到款项' });
    const bill = (await buyer.get(`/api/orders/${order.id}/bill`)).json();
    expect(bill).toMatchObject({ totalAmount: 10_000, paidAmount: 6000, dueAmount: 4000 });
    expect(bill.payments.map((p: { status: string }) => p.status)).toEqual(['succeeded', 'rejected']);
    expect((await stranger.get(`/api/orders/${order.id}/bill`)).status).toBe(404);
    expect((await stranger.post(`/api/orders/${order.id}/payments`, { method: 'offline' })).status).toBe(404);
    expect((await stranger.get(`/api/customers/${customer.id}/wallet`)).status).toBe(404);
    await expectLedgersBalanced();
  });
});

describe('refunds', () => {
  it('cancelling a paid order refunds each payment to its method: wallet at once, credit off the receivable', async () => {
    const { customer, client: buyer } = await customerWith({ creditLimit: 50_000 });
    const sku = await createStockedSku(ctx, 100, { price: 1000 });
    await topUp(customer.id, 3000);
    const order = await placeOrder(buyer, sku.id, 5);
    await buyer.post(`/api/orders/${order.id}/payments`, { method: 'wallet', amount: 3000 });
    await buyer.post(`/api/orders/${order.id}/payments`, { method: 'credit', amount: 2000 });
    expect((await buyer.get(`/api/orders/${order.id}`)).json().paymentStatus).toBe('paid');

    const cancel = await buyer.post(`/api/orders/${order.id}/cancel`, { reason: '不要了' });
    expect(cancel.status, cancel.body).toBe(200);
    expect(cancel.json()).toMatchObject({ status: 'cancelled', paymentStatus: 'refunded', refundedAmount: 5000 });
    expect((await buyer.get(`/api/customers/${customer.id}/wallet`)).json().balance).toBe(3000);
    expect((await buyer.get(`/api/customers/${customer.id}/credit`)).json().outstanding).toBe(0);
    const refunds = (await finance.get(`/api/refunds?orderId=${order.id}`)).json();
    expect(
      refunds.items
        .map((r: { method: string; amount: number; status: string }) => [r.method, r.amount, r.status])
        .sort(),
    ).toEqual([
      ['credit', 2000, 'succeeded'],
      ['wallet', 3000, 'succeeded'],
    ]);
    await expectLedgersBalanced();
  });

  it('a received return credits the order and refunds what it holds beyond its worth; offline waits for finance', async () => {
    const { customer, client: buyer } = await customerWith();
    const sku = await createStockedSku(ctx, 100, { price: 1000 });
    const order = await placeOrder(buyer, sku.id, 4);
    await finance.post(`/api/orders/${order.id}/payments`, { method: 'offline', payerName: '客户' });
    expect((await buyer.get(`/api/orders/${order.id}`)).json().paymentStatus).toBe('paid');
    await admin.post(`/api/orders/${order.id}/approve`);
    await warehouse.post(`/api/orders/${order.id}/shipments`, { lines: [{ skuId: sku.id, quantity: 4 }] });
    const ret = (
      await buyer.post(`/api/orders/${order.id}/returns`, { lines: [{ skuId: sku.id, quantity: 1 }], reason: '破损' })
    ).json();
    await admin.post(`/api/returns/${ret.id}/approve`, {});
    const received = await warehouse.post(`/api/returns/${ret.id}/receive`, {});
    expect(received.status, received.body).toBe(200);

    const bill = (await buyer.get(`/api/orders/${order.id}/bill`)).json();
    expect(bill).toMatchObject({
      totalAmount: 4000,
      creditedAmount: 1000,
      paidAmount: 4000,
      refundedAmount: 1000,
      dueAmount: 0,
    });
    expect(bill.refunds).toHaveLength(1);
    expect(bill.refunds[0]).toMatchObject({ method: 'offline', amount: 1000, status: 'pending', source: 'return' });
    expect((await buyer.get(`/api/orders/${order.id}`)).json().paymentStatus).toBe('paid');

    const done = await finance.post(`/api/refunds/${bill.refunds[0].id}/complete`, {
      toWallet: true,
      note: '转预存款',
    });
    expect(done.status, done.body).toBe(200);
    expect((await buyer.get(`/api/customers/${customer.id}/wallet`)).json().balance).toBe(1000);
    expect((await finance.post(`/api/refunds/${bill.refunds[0].id}/complete`, {})).status).toBe(409);
    await expectLedgersBalanced();
  });

  it('a refund by hand credits the order (nothing becomes due again); a top-up is paid back out of the wallet; a repayment is not refunded', async () => {
    const { customer, client: buyer } = await customerWith({ creditLimit: 10_000 });
    const sku = await createStockedSku(ctx, 100, { price: 1242 });
    const order = await placeOrder(buyer, sku.id, 1);
    const paid = (
      await finance.post(`/api/orders/${order.id}/payments`, { method: 'offline', payerName: '客户' })
    ).json();
    expect((await buyer.get(`/api/orders/${order.id}`)).json().paymentMethod).toBe('offline');
    const manual = await finance.post(`/api/payments/${paid.id}/refunds`, { amount: 500, reason: '价格调整' });
    expect(manual.status, manual.body).toBe(201);
    expect(manual.json().items[0]).toMatchObject({
      method: 'offline',
      amount: 500,
      status: 'pending',
      source: 'manual',
    });
    const bill = (await buyer.get(`/api/orders/${order.id}/bill`)).json();
    expect(bill).toMatchObject({ creditedAmount: 500, refundedAmount: 500, dueAmount: 0, paymentStatus: 'paid' });

    const top = await topUp(customer.id, 3000);
    const order2 = await placeOrder(buyer, sku.id, 1);
    await buyer.post(`/api/orders/${order2.id}/payments`, { method: 'wallet' }); // 1242 spent, 1758 left
    const tooMuch = await finance.post(`/api/payments/${top.id}/refunds`, { amount: 2000, reason: '退预存款' });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.json().error.code).toBe('INSUFFICIENT_BALANCE');
    const back = await finance.post(`/api/payments/${top.id}/refunds`, { amount: 1758, reason: '退预存款' });
    expect(back.status, back.body).toBe(201);
    expect((await buyer.get(`/api/customers/${customer.id}/wallet`)).json().balance).toBe(0);

    const order3 = await placeOrder(buyer, sku.id, 1);
    await buyer.post(`/api/orders/${order3.id}/payments`, { method: 'credit' });
    const repay = (await finance.post(`/api/customers/${customer.id}/credit/repayments`, { amount: 1242 })).json();
    expect((await finance.post(`/api/payments/${repay.id}/refunds`, { amount: 1, reason: 'x' })).status).toBe(409);

    // The statement still says what is owed: nothing.
    const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
    expect((await buyer.get(`/api/customers/${customer.id}/statements/${month}`)).json().closingBalance).toBe(0);
    await expectLedgersBalanced();
  });

  it('after any sequence of top-ups, payments, cancellations and repayments, every ledger balances', async () => {
    const { customer, client: buyer } = await customerWith({ creditLimit: 1_000_000, paymentTermDays: 7 });
    const sku = await createStockedSku(ctx, 100_000, { price: 100 });
    const op = fc.oneof(
      fc.record({ kind: fc.constant('topUp' as const), amount: fc.integer({ min: 1, max: 5000 }) }),
      fc.record({
        kind: fc.constant('order' as const),
        quantity: fc.integer({ min: 1, max: 30 }),
        method: fc.constantFrom('wallet', 'credit', 'offline'),
        part: fc.integer({ min: 1, max: 100 }),
      }),
      fc.record({ kind: fc.constant('cancel' as const) }),
      fc.record({ kind: fc.constant('repay' as const), amount: fc.integer({ min: 1, max: 3000 }) }),
    );
    const open: number[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        for (const o of ops) {
          if (o.kind === 'topUp') await topUp(customer.id, o.amount);
          else if (o.kind === 'order') {
            const order = await placeOrder(buyer, sku.id, o.quantity);
            open.push(order.id);
            const amount = Math.max(1, Math.floor((order.totalAmount * o.part) / 100));
            const client = o.method === 'offline' ? finance : buyer;
            const res = await client.post(`/api/orders/${order.id}/payments`, { method: o.method, amount });
            expect([201, 409]).toContain(res.status);
          } else if (o.kind === 'cancel' && open.length) {
            const res = await admin.post(`/api/orders/${open.pop()}/cancel`, { reason: '测试' });
            expect(res.status, res.body).toBe(200);
          } else if (o.kind === 'repay') {
            const owed = (await finance.get(`/api/customers/${customer.id}/credit`)).json().outstanding;
            if (owed > 0) {
              const res = await finance.post(`/api/customers/${customer.id}/credit/repayments`, {
                amount: Math.min(owed, o.amount),
              });
              expect(res.status, res.body).toBe(201);
            }
          }
        }
        await expectLedgersBalanced();
      }),
      { numRuns: 6 },
    );
  });

  it('the ledger is append-only: the database refuses to change or delete an entry', async () => {
    const { customer } = await customerWith();
    await topUp(customer.id, 100);
    await expect(
      ctx.database.db.execute(sql`UPDATE account_entries SET amount = 1 WHERE customer_id = ${customer.id}`),
    ).rejects.toThrow();
    await expect(
      ctx.database.db.execute(sql`DELETE FROM account_entries WHERE customer_id = ${customer.id}`),
    ).rejects.toThrow();
  });
});
