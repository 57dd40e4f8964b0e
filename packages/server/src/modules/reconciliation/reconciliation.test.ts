import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser, createStaff, createStockedSku } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext, type TestResponse } from '../../../test/harness.ts';
import { queryRows } from '../../lib/sql.ts';
import { shanghaiDate } from './match.ts';
import { alipayCsv, bankCsv } from './statement-fixtures.ts';

let ctx: TestContext;
let finance: TestClient;

beforeAll(async () => {
  ctx = await startTestApp();
  finance = (await createStaff(ctx, 'finance')).client;
});
afterAll(() => ctx?.close());

/** Posts a multipart form: text fields first, then the file (field `file`). */
async function postForm(
  client: TestClient,
  url: string,
  fields: Record<string, string>,
  file?: { data: Buffer; filename: string },
): Promise<TestResponse> {
  const boundary = `----dh${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\n` +
          'Content-Type: text/csv\r\n\r\n',
      ),
      file.data,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  const res = await client.app.inject({
    method: 'POST',
    url,
    payload: Buffer.concat(parts),
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      ...(client.cookie ? { cookie: client.cookie } : {}),
    },
  });
  return { status: res.statusCode, headers: res.headers, body: res.body, json: () => res.json() };
}

const today = () => shanghaiDate(new Date());
const compactToday = () => today().replace(/-/g, '');

const bankMapping = {
  date: '交易日期',
  time: '交易时间',
  creditAmount: '收入金额',
  txnNo: '交易流水号',
  payer: '对方户名',
  memo: '附言',
};

async function topUp(customerId: number, amount: number) {
  const res = await finance.post(`/api/customers/${customerId}/wallet/top-ups`, { amount, note: '银行转账' });
  expect(res.status, res.body).toBe(201);
  return res.json() as { id: number; number: string; status: string };
}

/** A buyer's order and the offline transfer it reports (pending until finance confirms it). */
async function pendingTransfer(buyer: TestClient, amount: number, payerName: string) {
  const sku = await createStockedSku(ctx, 10, { price: amount });
  const order = (await buyer.post('/api/orders', { lines: [{ skuId: sku.id, quantity: 1 }] })).json();
  const res = await buyer.post(`/api/orders/${order.id}/payments`, { method: 'offline', amount, payerName });
  expect(res.status, res.body).toBe(201);
  return res.json() as { id: number; number: string; status: string };
}

describe('bank statement reconciliation', () => {
  it('matches by number and by amount + day + payer, reports the rest, confirms pending transfers once', async () => {
    const a = await createCustomerWithUser(ctx, { name: '上海甲商贸有限公司' });
    const b = await createCustomerWithUser(ctx, { name: '杭州乙食品有限公司' });
    const topUpA = await topUp(a.customer.id, 1_200_000);
    const wrong = await topUp(b.customer.id, 50_000);
    const unpaid = await topUp(a.customer.id, 77_700);
    const transfer1 = await pendingTransfer(b.client, 6000, '李四');
    const transfer2 = await pendingTransfer(a.client, 3000, '王五');
    expect(transfer1.status).toBe('pending');

    const d = compactToday();
    const file = bankCsv([
      { date: d, time: '09:00:00', credit: '12,000.00', payer: '上海甲商贸 有限公司', serial: 'B001' },
      { date: d, time: '09:10:00', credit: '60.00', payer: '某人', serial: 'B002', memo: `货款 ${transfer1.number}` },
      { date: d, time: '09:20:00', credit: '30.00', payer: '王五', serial: 'B003' },
      { date: d, time: '09:30:00', credit: '499.00', payer: '杭州乙食品有限公司', serial: 'B004', memo: wrong.number },
      { date: d, time: '09:40:00', credit: '88.00', payer: '不认识', serial: 'B005' },
      { date: d, time: '10:00:00', debit: '1,000.00', payer: '房东', serial: 'B006' },
    ]);

    const preview = await postForm(finance, '/api/reconciliation/preview', {}, { data: file, filename: '工行.csv' });
    expect(preview.status, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      kind: 'bank',
      mapping: bankMapping,
      rowCount: 6,
      period: { from: today(), to: today() },
      source: null,
    });
    expect(preview.json().rows[0][0]).toBe(d);

    const created = await postForm(
      finance,
      '/api/reconciliation/runs',
      { source: '工商银行基本户', kind: 'bank', mapping: JSON.stringify(bankMapping) },
      { data: file, filename: '工行.csv' },
    );
    expect(created.status, created.body).toBe(201);
    const run = created.json();
    expect(run).toMatchObject({
      kind: 'bank',
      sourceName: '工商银行基本户',
      fileName: '工行.csv',
      periodFrom: today(),
      periodTo: today(),
      summary: {
        matched: 3,
        amount_mismatch: 1,
        only_in_statement: 1,
        only_in_system: 1,
        statementLines: 5,
        refundLines: 0,
        statementAmount: 1_200_000 + 6000 + 3000 + 49_900 + 8800,
        systemAmount: 1_200_000 + 50_000 + 77_700 + 6000 + 3000,
        matchedAmount: 1_200_000 + 6000 + 3000,
      },
      confirmable: 2,
      confirmed: 0,
    });

    const detail = (await finance.get(`/api/reconciliation/runs/${run.id}`)).json();
    expect(detail.itemsTotal).toBe(6);
    const byLine = (lineNo: number | null) => detail.items.find((i: { lineNo: number | null }) => i.lineNo === lineNo);
    expect(byLine(4)).toMatchObject({
      result: 'matched',
      matchedBy: 'amount_date_payer',
      txnNo: 'B001',
      amount: 1_200_000,
      paymentId: topUpA.id,
      paymentNumber: topUpA.number,
      paymentStatus: 'succeeded',
      customerName: '上海甲商贸有限公司',
    });
    expect(byLine(5)).toMatchObject({ result: 'matched', matchedBy: 'txn_no', paymentId: transfer1.id });
    expect(byLine(6)).toMatchObject({ result: 'matched', matchedBy: 'amount_date_payer', paymentId: transfer2.id });
    expect(byLine(7)).toMatchObject({ result: 'amount_mismatch', amount: 49_900, paymentAmount: 50_000 });
    expect(byLine(8)).toMatchObject({ result: 'only_in_statement', payer: '不认识', paymentId: null });
    expect(byLine(null)).toMatchObject({ result: 'only_in_system', paymentId: unpaid.id, paymentAmount: 77_700 });

    const mismatches = (await finance.get(`/api/reconciliation/runs/${run.id}?result=amount_mismatch`)).json();
    expect(mismatches.items.map((i: { lineNo: number }) => i.lineNo)).toEqual([7]);
    expect(mismatches.itemsTotal).toBe(1);

    const list = (await finance.get('/api/reconciliation/runs?pageSize=5')).json();
    expect(list.items[0]).toMatchObject({ id: run.id, summary: { matched: 3 }, createdByName: 'finance' });
    expect(list.total).toBeGreaterThanOrEqual(1);

    const confirmed = await finance.post(`/api/reconciliation/runs/${run.id}/confirm`, {});
    expect(confirmed.status, confirmed.body).toBe(200);
    expect(confirmed.json()).toEqual({ confirmed: 2 });
    const paid = (await finance.get(`/api/payments/${transfer1.id}`)).json();
    expect(paid).toMatchObject({ status: 'succeeded', providerTradeNo: 'B002' });
    expect((await finance.get(`/api/payments/${transfer2.id}`)).json().status).toBe('succeeded');
    expect((await finance.post(`/api/reconciliation/runs/${run.id}/confirm`, {})).json()).toEqual({ confirmed: 0 });
    const after = (await finance.get(`/api/reconciliation/runs/${run.id}?result=matched`)).json();
    expect(after).toMatchObject({ confirmable: 0, confirmed: 2 });
    expect(
      after.items.filter((i: { confirmed: boolean }) => i.confirmed).map((i: { paymentId: number }) => i.paymentId),
    ).toEqual([transfer1.id, transfer2.id]);

    const audits = await queryRows<{ action: string }>(
      ctx.database.db,
      sql`SELECT action FROM audit_log WHERE target_type = 'reconciliation_run' AND target_id = ${String(run.id)} ORDER BY id`,
    );
    expect(audits.map((x) => x.action)).toEqual([
      'reconciliation.run',
      'reconciliation.confirmed',
      'reconciliation.confirmed',
    ]);

    // The mapping is remembered for the source, and offered again for a file with those columns.
    const sources = (await finance.get('/api/reconciliation/sources')).json().items;
    expect(sources).toContainEqual(
      expect.objectContaining({ name: '工商银行基本户', kind: 'bank', mapping: bankMapping }),
    );
    const again = await postForm(
      finance,
      '/api/reconciliation/preview',
      { source: '工商银行基本户' },
      { data: file, filename: 'x.csv' },
    );
    expect(again.json()).toMatchObject({ source: '工商银行基本户', mapping: bankMapping });
  });

  it('a period narrower than the file drops the other lines; pending payments outside it are not reported', async () => {
    const c = await createCustomerWithUser(ctx, { name: '南京丙贸易有限公司' });
    await topUp(c.customer.id, 12_300);
    const file = bankCsv([
      { date: '20200101', credit: '1.00', payer: '甲', serial: 'OLD1' },
      { date: '20200102', credit: '2.00', payer: '乙', serial: 'OLD2' },
    ]);
    const res = await postForm(
      finance,
      '/api/reconciliation/runs',
      {
        source: '建设银行',
        kind: 'bank',
        mapping: JSON.stringify({ date: '交易日期', creditAmount: '收入金额', payer: '对方户名' }),
        periodFrom: '2020-01-02',
        periodTo: '2020-01-02',
      },
      { data: file, filename: 'ccb.csv' },
    );
    expect(res.status, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      periodFrom: '2020-01-02',
      summary: { statementLines: 1, only_in_statement: 1, only_in_system: 0 },
    });
  });
});

describe('provider bills', () => {
  it('an Alipay 业务明细 matches payments by 支付宝交易号 or 商户订单号 and refunds by their number', async () => {
    const c = await createCustomerWithUser(ctx, { name: '广州丁餐饮' });
    const insert = async (amount: number, tradeNo: string) => {
      const [p] = await queryRows<{ id: number; number: string }>(
        ctx.database.db,
        sql`INSERT INTO payments (customer_id, purpose, method, amount, status, provider_trade_no, paid_at, created_by_kind)
            VALUES (${c.customer.id}, 'top_up', 'alipay', ${amount}, 'succeeded', ${tradeNo}, now(), 'system')
            RETURNING id::int AS id, number`,
      );
      return p;
    };
    const p1 = await insert(8800, '2026120122001400001');
    const p2 = await insert(5000, '2026120122001400002');
    const [refund] = await queryRows<{ number: string }>(
      ctx.database.db,
      sql`INSERT INTO refunds (payment_id, customer_id, method, amount, status, source)
          VALUES (${p1.id}, ${c.customer.id}, 'alipay', 800, 'succeeded', 'manual') RETURNING number`,
    );
    const time = `${today()} 10:00:00`;
    const file = alipayCsv([
      { tradeNo: '2026120122001400001', outTradeNo: p1.number, time, amount: '88.00' },
      { tradeNo: 'unknown', outTradeNo: p2.number, time, amount: '50.01' },
      { tradeNo: '2026120122009999999', outTradeNo: 'PAY19990101000001', time, amount: '1.00' },
      {
        tradeNo: '2026120122001400001',
        outTradeNo: p1.number,
        type: '退款',
        time,
        amount: '88.00',
        refundAmount: '8.00',
        refundNo: refund.number,
      },
      { tradeNo: 'x', outTradeNo: 'y', type: '退款', time, amount: '3.00', refundAmount: '3.00', refundNo: 'RFNONE' },
    ]);
    const preview = (
      await postForm(finance, '/api/reconciliation/preview', {}, { data: file, filename: 'a.csv' })
    ).json();
    expect(preview.kind).toBe('alipay');
    const res = await postForm(
      finance,
      '/api/reconciliation/runs',
      { source: '支付宝', kind: 'alipay', mapping: JSON.stringify(preview.mapping) },
      { data: file, filename: 'alipay.csv' },
    );
    expect(res.status, res.body).toBe(201);
    expect(res.json().summary).toMatchObject({ matched: 2, amount_mismatch: 1, only_in_statement: 2, refundLines: 2 });
    const items = (await finance.get(`/api/reconciliation/runs/${res.json().id}`)).json().items;
    expect(items.map((i: Record<string, unknown>) => [i.lineNo, i.result, i.paymentId, i.amount])).toEqual([
      [6, 'matched', p1.id, 8800],
      [7, 'amount_mismatch', p2.id, 5001],
      [8, 'only_in_statement', null, 100],
      [9, 'matched', p1.id, -800],
      [10, 'only_in_statement', null, -300],
    ]);
    expect(items[3]).toMatchObject({ matchedBy: 'refund_no', refundNumber: refund.number, paymentAmount: -800 });
    expect(items[4]).toMatchObject({ txnNo: 'RFNONE' });
    // Nothing here is a pending transfer.
    expect((await finance.post(`/api/reconciliation/runs/${res.json().id}/confirm`, {})).json()).toEqual({
      confirmed: 0,
    });
  });
});

describe('bad input and access', () => {
  const good = () => bankCsv([{ date: compactToday(), credit: '1.00', payer: '甲', serial: 'S1' }]);
  const run = (fields: Record<string, string>, data = good()) =>
    postForm(finance, '/api/reconciliation/runs', fields, { data, filename: 'f.csv' });
  const fieldsOf = (res: TestResponse) => res.json().error.details.fields as { path: string; message: string }[];
  const base = { source: '某银行', kind: 'bank', mapping: JSON.stringify(bankMapping) };

  it('answers 400 with field paths, never a 500', async () => {
    const garbage = await run(
      base,
      bankCsv([
        { date: compactToday(), credit: 'abc', serial: 'S1' },
        { date: 'someday', credit: '1.00', serial: 'S2' },
      ]),
    );
    expect(garbage.status).toBe(400);
    expect(garbage.json().error.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(garbage)).toEqual([
      { path: '/body/file/4/amount', message: expect.stringContaining('第 4 行') },
      { path: '/body/file/5/date', message: expect.stringContaining('第 5 行') },
    ]);
    expect(fieldsOf(await run({ ...base, mapping: '{oops' }))[0].path).toBe('/body/mapping');
    expect(fieldsOf(await run({ ...base, mapping: JSON.stringify({ ...bankMapping, payer: '付款人' }) }))).toEqual([
      { path: '/body/mapping/payer', message: expect.stringContaining('付款人') },
    ]);
    expect(fieldsOf(await run({ ...base, mapping: JSON.stringify({ date: '交易日期' }) }))[0].path).toBe(
      '/body/mapping/amount',
    );
    expect(fieldsOf(await run({ source: '某银行', mapping: base.mapping })).map((f) => f.path)).toContain('/body/kind');
    expect(fieldsOf(await run({ ...base, kind: 'paypal' })).map((f) => f.path)).toContain('/body/kind');
    expect(fieldsOf(await run({ ...base, periodFrom: '2026-1-1' })).map((f) => f.path)).toContain('/body/periodFrom');
    expect(fieldsOf(await run({ ...base, periodFrom: '2026-12-02', periodTo: '2026-12-01' }))[0].path).toBe(
      '/body/periodTo',
    );
    expect(fieldsOf(await run({ ...base, source: '  ' }))[0].path).toBe('/body/source');
    expect(fieldsOf(await run(base, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2])))[0]).toMatchObject({
      path: '/body/file',
      message: expect.stringContaining('.xlsx'),
    });
    expect(fieldsOf(await postForm(finance, '/api/reconciliation/runs', base))[0].path).toBe('/body/file');
    expect((await finance.post('/api/reconciliation/runs', { source: 'x' })).status).toBe(415);
    expect((await finance.post('/api/reconciliation/preview', {})).status).toBe(415);
    const put = await finance.request('PUT', `/api/reconciliation/sources/${encodeURIComponent('某银行')}`, {
      kind: 'bank',
      mapping: { date: '交易日期' },
    });
    expect(put.status).toBe(400);
    expect(fieldsOf(put)[0].path).toBe('/body/mapping/amount');
    expect((await finance.get('/api/reconciliation/runs/999999')).status).toBe(404);
    expect((await finance.post('/api/reconciliation/runs/999999/confirm', {})).status).toBe(404);
  });

  it('saves a source by name; customers and staff who see only their own customers are refused', async () => {
    const put = await finance.request('PUT', `/api/reconciliation/sources/${encodeURIComponent('招商银行 一般户')}`, {
      kind: 'bank',
      mapping: { date: '记账日期', creditAmount: '贷方金额', payer: '对方户名' },
    });
    expect(put.status, put.body).toBe(200);
    expect(put.json()).toMatchObject({ name: '招商银行 一般户', kind: 'bank', mapping: { creditAmount: '贷方金额' } });

    const buyer = (await createCustomerWithUser(ctx)).client;
    expect((await buyer.get('/api/reconciliation/runs')).status).toBe(403);
    expect((await buyer.get('/api/reconciliation/sources')).status).toBe(403);
    const sales = (await createStaff(ctx, 'salesperson')).client;
    expect((await sales.get('/api/reconciliation/runs')).status).toBe(403);
    expect((await postForm(sales, '/api/reconciliation/preview', {}, { data: good(), filename: 'f.csv' })).status).toBe(
      403,
    );
  });
});
