import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser, createStaff, createStockedSku } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import { type LocalGateway, startLocalGateway } from './providers/local-gateway.ts';

// Alipay and WeChat Pay through the real protocol clients against our local gateway, which sends
// signed notifications over HTTP to this app listening on a port.

let ctx: TestContext;
let gateway: LocalGateway;
let admin: TestClient;
let finance: TestClient;
let appUrl: string;

beforeAll(async () => {
  ctx = await startTestApp();
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  appUrl = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  gateway = await startLocalGateway({ notifyRetryMs: [50, 100] });
  admin = await ctx.admin();
  finance = (await createStaff(ctx, 'finance')).client;
  const res = await admin.patch('/api/settings/payments', {
    alipay: gateway.alipay,
    wechat: gateway.wechat,
    notifyBaseUrl: appUrl,
  });
  expect(res.status, res.body).toBe(200);
  expect(res.json().alipay.privateKey).toBe('******');
});
afterAll(async () => {
  await gateway?.close();
  await ctx?.close();
});

async function orderFor(buyer: TestClient, price: number, quantity = 1) {
  const sku = await createStockedSku(ctx, 100, { price });
  const res = await buyer.post('/api/orders', { lines: [{ skuId: sku.id, quantity }] });
  expect(res.status, res.body).toBe(201);
  return res.json() as { id: number; totalAmount: number };
}

async function startOnline(buyer: TestClient, orderId: number, method: 'alipay' | 'wechat', amount?: number) {
  const res = await buyer.post(`/api/orders/${orderId}/payments`, { method, ...(amount ? { amount } : {}) });
  expect(res.status, res.body).toBe(201);
  const payment = res.json();
  expect(payment).toMatchObject({ status: 'pending', method });
  expect(payment.codeUrl).toContain(gateway.url);
  return payment as { id: number; number: string; amount: number; codeUrl: string };
}

const auditCount = async (action: string) =>
  (await admin.get(`/api/audit-log?action=${action}&pageSize=100`)).json().total as number;

describe.each(['alipay', 'wechat'] as const)('%s', (method) => {
  it('a QR payment is credited once by its notification, however many times it arrives', async () => {
    const { client: buyer } = await createCustomerWithUser(ctx);
    const order = await orderFor(buyer, 1234, 3);
    const payment = await startOnline(buyer, order.id, method);
    expect(payment.amount).toBe(3702);
    const page = await fetch(payment.codeUrl);
    expect(await page.text()).toContain('确认支付');

    const notified = await auditCount('payment.notified');
    const result = await gateway.pay(method, payment.number, { duplicates: 3 });
    expect(result.delivered).toBe(4);
    const view = (await buyer.get(`/api/payments/${payment.id}`)).json();
    expect(view).toMatchObject({ status: 'succeeded', appliedAmount: 3702 });
    expect(view.providerTradeNo).toBeTruthy();
    expect((await buyer.get(`/api/orders/${order.id}`)).json()).toMatchObject({
      paymentStatus: 'paid',
      paidAmount: 3702,
    });
    expect(await auditCount('payment.notified')).toBe(notified + 1);
  });

  it('a tampered or wrong-amount notification is refused and audited; the payment stays pending', async () => {
    const { client: buyer } = await createCustomerWithUser(ctx);
    const order = await orderFor(buyer, 5000);
    const payment = await startOnline(buyer, order.id, method);
    const rejected = await auditCount('payment.notification_rejected');

    await gateway.pay(method, payment.number, { tamper: true });
    expect((await buyer.get(`/api/payments/${payment.id}`)).json().status).toBe('pending');
    await gateway.pay(method, payment.number, { amount: 1 });
    expect((await buyer.get(`/api/payments/${payment.id}`)).json().status).toBe('pending');
    expect((await buyer.get(`/api/orders/${order.id}`)).json().paymentStatus).toBe('unpaid');
    expect(await auditCount('payment.notification_rejected')).toBeGreaterThanOrEqual(rejected + 2);

    // The genuine one still credits.
    await gateway.pay(method, payment.number);
    expect((await buyer.get(`/api/payments/${payment.id}`)).json().status).toBe('succeeded');
  });

  it('a late notification for an order cancelled meanwhile is not lost: the money goes to the wallet', async () => {
    const { customer, client: buyer } = await createCustomerWithUser(ctx);
    const order = await orderFor(buyer, 880);
    const payment = await startOnline(buyer, order.id, method);
    expect((await buyer.post(`/api/orders/${order.id}/cancel`, { reason: '改主意' })).status).toBe(200);
    await gateway.pay(method, payment.number, { delayMs: 50 });
    expect((await buyer.get(`/api/payments/${payment.id}`)).json()).toMatchObject({
      status: 'succeeded',
      appliedAmount: 0,
    });
    const wallet = (await buyer.get(`/api/customers/${customer.id}/wallet`)).json();
    expect(wallet.balance).toBe(880);
    expect(wallet.entries[0].note).toContain('转入预存款');
  });

  it('cancelling a paid order refunds through the provider', async () => {
    const { client: buyer } = await createCustomerWithUser(ctx);
    const order = await orderFor(buyer, 990, 2);
    const payment = await startOnline(buyer, order.id, method);
    await gateway.pay(method, payment.number);
    expect((await admin.post(`/api/orders/${order.id}/cancel`, { reason: '缺货' })).status).toBe(200);
    let refund: { status: string; providerRefundNo: string | null } | undefined;
    for (let i = 0; i < 50; i++) {
      refund = (await finance.get(`/api/refunds?orderId=${order.id}`)).json().items[0];
      if (refund?.status !== 'pending') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(refund).toMatchObject({ status: 'succeeded' });
    expect(gateway.trades().find((t) => t.outTradeNo === payment.number)?.status).toBe('refunded');
    expect((await buyer.get(`/api/orders/${order.id}`)).json().paymentStatus).toBe('refunded');
  });
});

describe('wallet top-ups and credit repayments paid online', () => {
  it('a buyer tops up by WeChat Pay and repays credit by Alipay', async () => {
    const { customer, client: buyer } = await createCustomerWithUser(ctx);
    await admin.patch(`/api/customers/${customer.id}`, { creditLimit: 100_000 });
    const top = await buyer.post(`/api/customers/${customer.id}/wallet/top-ups`, { amount: 5000, method: 'wechat' });
    expect(top.status, top.body).toBe(201);
    expect(top.json()).toMatchObject({ status: 'pending', purpose: 'top_up' });
    await gateway.pay('wechat', top.json().number);
    expect((await buyer.get(`/api/customers/${customer.id}/wallet`)).json().balance).toBe(5000);

    const order = await orderFor(buyer, 3000);
    await buyer.post(`/api/orders/${order.id}/payments`, { method: 'credit' });
    const repay = await buyer.post(`/api/customers/${customer.id}/credit/repayments`, {
      amount: 3000,
      method: 'alipay',
    });
    expect(repay.status, repay.body).toBe(201);
    await gateway.pay('alipay', repay.json().number);
    expect((await buyer.get(`/api/customers/${customer.id}/credit`)).json()).toMatchObject({ outstanding: 0 });
    // A buyer cannot record money as received.
    expect((await buyer.post(`/api/customers/${customer.id}/wallet/top-ups`, { amount: 1 })).json().status).toBe(
      'pending',
    );
  });
});

/** A multipart form through the app: text fields, then the file. */
async function postForm(client: TestClient, url: string, fields: Record<string, string>, file: Buffer) {
  const boundary = `----dh${Math.random().toString(16).slice(2)}`;
  const parts = [
    ...Object.entries(fields).map(([name, value]) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    ),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bill.csv"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ];
  const res = await ctx.app.inject({
    method: 'POST',
    url,
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: client.cookie ?? '' },
  });
  return { status: res.statusCode, body: res.body, json: () => res.json() };
}

describe.each(['alipay', 'wechat'] as const)('reconciling a %s bill', (method) => {
  it('the bill downloaded from the provider matches what was credited', async () => {
    const { client: buyer } = await createCustomerWithUser(ctx);
    const paid = [];
    for (const price of [1111, 2222]) {
      const order = await orderFor(buyer, price);
      const payment = await startOnline(buyer, order.id, method);
      await gateway.pay(method, payment.number);
      paid.push(payment);
    }
    const bill = Buffer.from(await (await fetch(`${gateway.url}/merchant/bill/${method}`)).arrayBuffer());
    const preview = await postForm(finance, '/api/reconciliation/preview', { source: method }, bill);
    expect(preview.status, preview.body).toBe(200);
    expect(preview.json().kind).toBe(method);
    const run = await postForm(
      finance,
      '/api/reconciliation/runs',
      { source: method, kind: method, mapping: JSON.stringify(preview.json().mapping) },
      bill,
    );
    expect(run.status, run.body).toBe(201);
    const detail = (await finance.get(`/api/reconciliation/runs/${run.json().id}?result=matched`)).json();
    const matched = detail.items.map((i: { paymentId: number }) => i.paymentId);
    for (const p of paid) expect(matched).toContain(p.id);
  });
});

describe('when notifications do not arrive', () => {
  it('sync asks the provider and credits a paid payment', async () => {
    const { client: buyer } = await createCustomerWithUser(ctx);
    const order = await orderFor(buyer, 4321);
    // The notify URL goes with the payment when it is created: this one points nowhere.
    await admin.patch('/api/settings/payments', { notifyBaseUrl: 'http://127.0.0.1:9' });
    const payment = await startOnline(buyer, order.id, 'alipay');
    const result = await gateway.pay('alipay', payment.number);
    expect(result.answers.every((a) => a.startsWith('error'))).toBe(true);
    await admin.patch('/api/settings/payments', { notifyBaseUrl: appUrl });
    expect((await buyer.get(`/api/payments/${payment.id}`)).json().status).toBe('pending');
    const synced = await buyer.post(`/api/payments/${payment.id}/sync`);
    expect(synced.status, synced.body).toBe(200);
    expect(synced.json().status).toBe('succeeded');
  });

  it('an unsigned post to the notify URL is refused in the provider’s format', async () => {
    const res = await fetch(`${appUrl}/api/payments/notify/alipay`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'out_trade_no=PAY1&total_amount=1.00&trade_status=TRADE_SUCCESS&sign=forged',
    });
    expect(await res.text()).toBe('fail');
    const wx = await fetch(`${appUrl}/api/payments/notify/wechat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'x', resource: {} }),
    });
    expect(wx.status).toBeGreaterThanOrEqual(400);
    expect((await wx.json()).code).toBe('FAIL');
  });
});
