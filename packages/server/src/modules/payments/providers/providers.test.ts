import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAlipayProvider } from './alipay.ts';
import { DEMO_ALIPAY_APP_ID, DEMO_ALIPAY_PLATFORM_PRIVATE_KEY } from './demo-keys.ts';
import { type LocalGateway, startLocalGateway } from './local-gateway.ts';
import {
  fenToYuan,
  NotificationRejected,
  type NotificationRequest,
  type OnlineMethod,
  type OnlineProvider,
  type PaidNotice,
  ProviderRequestError,
  yuanToFen,
} from './provider.ts';
import { createWechatProvider } from './wechat.ts';

/** What the receiver made of one notification. */
type Outcome = { notice: PaidNotice | null } | { rejected: string };

interface Receiver {
  url: string;
  /** Outcomes per outTradeNo (rejected ones under the key '?'), in arrival order. */
  seen: Map<string, Outcome[]>;
  /** Raw requests per method, for replays. */
  raw: Record<OnlineMethod, NotificationRequest[]>;
  /** Answer "not received" to the next n valid notifications of a trade. */
  failNext(outTradeNo: string, n: number): void;
  close(): Promise<void>;
}

/** A merchant notify endpoint: verifies through the provider clients and answers with their ack(). */
async function startReceiver(providers: Record<OnlineMethod, OnlineProvider>): Promise<Receiver> {
  const seen = new Map<string, Outcome[]>();
  const raw: Record<OnlineMethod, NotificationRequest[]> = { alipay: [], wechat: [] };
  const failures = new Map<string, number>();
  const record = (no: string, o: Outcome) => seen.set(no, [...(seen.get(no) ?? []), o]);
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const method = req.url?.endsWith('/wechat') ? 'wechat' : 'alipay';
      const provider = providers[method];
      const request = { headers: req.headers, rawBody: Buffer.concat(chunks).toString('utf8') };
      raw[method].push(request);
      let ok = false;
      try {
        const notice = await provider.verifyNotification(request);
        const no = notice?.outTradeNo ?? '-';
        record(no, { notice });
        const left = failures.get(no) ?? 0;
        if (left > 0) failures.set(no, left - 1);
        else ok = true;
      } catch (err) {
        if (!(err instanceof NotificationRejected)) throw err;
        record('?', { rejected: err.reason });
      }
      const ack = provider.ack(ok);
      res.writeHead(ack.status, { 'Content-Type': ack.contentType });
      res.end(ack.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    raw,
    failNext: (no, n) => failures.set(no, n),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const notices = (r: Receiver, no: string) =>
  (r.seen.get(no) ?? []).flatMap((o) => ('notice' in o && o.notice ? [o.notice] : []));

let counter = 0;
/** Unique trade numbers, valid for both providers (6–32 of [A-Za-z0-9_-|*]). */
const tradeNo = () => `T${Date.now().toString(36)}${(counter++).toString().padStart(3, '0')}`;

const RETRY_MS = [40, 80, 120];
let gateway: LocalGateway;
let receiver: Receiver;
let providers: Record<OnlineMethod, OnlineProvider>;

beforeAll(async () => {
  gateway = await startLocalGateway({ port: 0, notifyRetryMs: RETRY_MS });
  providers = { alipay: createAlipayProvider(gateway.alipay), wechat: createWechatProvider(gateway.wechat) };
  receiver = await startReceiver(providers);
});

afterAll(async () => {
  await gateway?.close();
  await receiver?.close();
});

describe('money', () => {
  it('converts fen and yuan exactly', () => {
    expect(fenToYuan(1234)).toBe('12.34');
    expect(fenToYuan(5)).toBe('0.05');
    expect(fenToYuan(-1230)).toBe('-12.30');
    expect(yuanToFen('12.34')).toBe(1234);
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen('19.99')).toBe(1999); // 19.99 * 100 = 1998.9999999999998 in floating point
    expect(yuanToFen('1158.70')).toBe(115870);
    expect(yuanToFen('7')).toBe(700);
    expect(yuanToFen('-12.34')).toBe(-1234);
    expect(yuanToFen('12.345')).toBeNull();
    expect(yuanToFen('1e3')).toBeNull();
    expect(yuanToFen('')).toBeNull();
  });
});

describe.each(['alipay', 'wechat'] as const)('%s through the local gateway', (method) => {
  const provider = () => providers[method];
  const notifyUrl = () => `${receiver.url}/notify/${method}`;
  const create = async (amount = 1234, subject = '订货单 DH-0001') => {
    const no = tradeNo();
    const created = await provider().createPayment({ outTradeNo: no, amount, subject, notifyUrl: notifyUrl() });
    return { no, created };
  };

  it('creates a payment whose code URL is the pay page', async () => {
    const { no, created } = await create(1234, '订货单 <DH-0001>');
    expect(created.codeUrl).toBe(`${gateway.url}/pay/${method}/${no}`);
    const res = await fetch(created.codeUrl);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('确认支付');
    expect(html).toContain('本地模拟网关 · 仅用于演示和测试');
    expect(html).toContain('¥12.34');
    expect(html).toContain('订货单 &#60;DH-0001&#62;');
    expect(html).toContain(method === 'alipay' ? '支付宝' : '微信支付');
    expect(html).toMatch(/<img[^>]+src="data:image\/png;base64,/);
    expect(await provider().queryPayment(no)).toMatchObject({ state: 'pending' });
    // creating again (same number, same amount) gives the same code
    const again = await provider().createPayment({
      outTradeNo: no,
      amount: 1234,
      subject: 'x',
      notifyUrl: notifyUrl(),
    });
    expect(again.codeUrl).toBe(created.codeUrl);
  });

  it('pays: one signed notification, verified, amount in fen; query says paid', async () => {
    const { no } = await create(1999);
    const result = await gateway.pay(method, no, { payer: 'buyer-1' });
    expect(result.delivered).toBe(1);
    expect(result.answers[0]).toContain(method === 'alipay' ? 'success' : '200');
    const trade = gateway.trades().find((t) => t.outTradeNo === no && t.method === method)!;
    expect(trade.status).toBe('paid');
    const [notice, ...more] = notices(receiver, no);
    expect(more).toHaveLength(0);
    expect(notice).toMatchObject({ outTradeNo: no, tradeNo: trade.tradeNo, amount: 1999, payer: 'buyer-1' });
    expect(Math.abs(notice.paidAt.getTime() - trade.paidAt!.getTime())).toBeLessThan(1500);
    expect(notice.notifyId).toBeTruthy();
    const q = await provider().queryPayment(no);
    expect(q).toMatchObject({ state: 'paid', tradeNo: trade.tradeNo, amount: 1999 });
    expect(Math.abs(q.paidAt!.getTime() - trade.paidAt!.getTime())).toBeLessThan(1500);
  });

  it('delivers duplicates N extra times with the same content', async () => {
    const { no } = await create(500);
    const result = await gateway.pay(method, no, { duplicates: 2 });
    expect(result.delivered).toBe(3);
    const got = notices(receiver, no);
    expect(got).toHaveLength(3);
    expect(new Set(got.map((n) => n.tradeNo)).size).toBe(1);
    expect(new Set(got.map((n) => n.notifyId)).size).toBe(1);
  });

  it('a tampered notification is rejected (and retried, since it is not acknowledged)', async () => {
    const { no } = await create(800);
    const before = receiver.seen.get('?')?.length ?? 0;
    const result = await gateway.pay(method, no, { tamper: true });
    expect(result.delivered).toBe(1 + RETRY_MS.length);
    expect(result.answers.every((a) => a.includes(method === 'alipay' ? 'fail' : '500'))).toBe(true);
    expect(notices(receiver, no)).toHaveLength(0);
    const rejected = (receiver.seen.get('?') ?? []).slice(before);
    expect(rejected).toHaveLength(1 + RETRY_MS.length);
    expect(rejected[0]).toEqual({ rejected: 'bad signature' });
  });

  it('a wrong amount arrives verified, with the amount that was sent', async () => {
    const { no } = await create(1234);
    await gateway.pay(method, no, { amount: 1 });
    expect(notices(receiver, no).map((n) => n.amount)).toEqual([1]);
    expect(await provider().queryPayment(no)).toMatchObject({ state: 'paid', amount: 1234 });
  });

  it('a late notification still arrives', async () => {
    const { no } = await create(300);
    const started = Date.now();
    const result = await gateway.pay(method, no, { delayMs: 300 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(result.delivered).toBe(1);
    expect(notices(receiver, no)).toHaveLength(1);
  });

  it('retries while the merchant answers fail, and stops after success', async () => {
    const { no } = await create(700);
    receiver.failNext(no, 2);
    const result = await gateway.pay(method, no);
    expect(result.delivered).toBe(3);
    if (method === 'alipay') expect(result.answers).toEqual(['fail', 'fail', 'success']);
    else expect(result.answers.map((a) => a.slice(0, 3))).toEqual(['500', '500', '200']);
    await new Promise((r) => setTimeout(r, RETRY_MS.reduce((a, b) => a + b, 0) + 50));
    expect(notices(receiver, no)).toHaveLength(3);
  });

  it('refunds (idempotently), and the refund shows in the bill', async () => {
    const from = new Date(Date.now() - 1000);
    const { no } = await create(2500);
    await gateway.pay(method, no);
    const req = { outTradeNo: no, outRefundNo: `R${no}`, amount: 1000, totalAmount: 2500, reason: '客户退货' };
    const first = await provider().refund(req);
    expect(first.state).toBe('succeeded');
    const again = await provider().refund(req);
    expect(again.state).toBe('succeeded');
    const tooMuch = await provider().refund({ ...req, outRefundNo: `S${no}`, amount: 2000 });
    expect(tooMuch.state).toBe('failed');
    const rest = await provider().refund({ ...req, outRefundNo: `S${no}`, amount: 1500 });
    expect(rest.state).toBe('succeeded');
    const trade = gateway.trades().find((t) => t.outTradeNo === no && t.method === method)!;
    expect(trade).toMatchObject({ status: 'refunded', refundedAmount: 2500 });
    // Alipay closes a trade refunded in full; WeChat reports REFUND, i.e. it was paid
    expect((await provider().queryPayment(no)).state).toBe(method === 'alipay' ? 'closed' : 'paid');

    const bill = gateway.bill(method, from, new Date(Date.now() + 1000));
    const rows = bill.split('\r\n').filter((l) => l.includes(no));
    expect(rows).toHaveLength(3);
    if (method === 'alipay') {
      const cells = rows.map((r) => r.split(',').map((c) => c.trim()));
      expect(cells.map((c) => c[2])).toEqual(['交易', '退款', '退款']);
      expect(cells[1]).toContain(`R${no}`);
      expect(cells[1]).toContain('-10.00');
    } else {
      const cells = rows.map((r) => r.split(',').map((c) => c.replace(/^`/, '')));
      expect(cells.map((c) => c[9])).toEqual(['SUCCESS', 'REFUND', 'REFUND']);
      expect(cells[1][15]).toBe(`R${no}`);
      expect(cells[1][16]).toBe('10.00');
    }
  });

  it('closes an unpaid trade', async () => {
    const { no } = await create(100);
    await provider().closePayment!(no);
    expect(await provider().queryPayment(no)).toMatchObject({ state: 'closed' });
    await expect(gateway.pay(method, no)).rejects.toThrow(/closed/);
    await provider().closePayment!('NOSUCHTRADE1'); // unknown counts as closed
    expect(await provider().queryPayment('NOSUCHTRADE1')).toEqual({ state: 'not_found' });
  });

  it('the pay page button pays, notifies and then shows 支付成功', async () => {
    const { no, created } = await create(4321);
    const res = await fetch(created.codeUrl, { method: 'POST', redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(notices(receiver, no)).toHaveLength(1); // delivered before the answer
    const page = await (await fetch(new URL(res.headers.get('location')!, created.codeUrl))).text();
    expect(page).toContain('支付成功');
    expect(page).toContain('¥43.21');
    expect(page).not.toContain('确认支付');
  });

  it('the gateway refuses a request signed with another key', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const impostor =
      method === 'alipay'
        ? createAlipayProvider({ ...gateway.alipay, privateKey: pem })
        : createWechatProvider({ ...gateway.wechat, privateKey: pem });
    const err = await impostor
      .createPayment({ outTradeNo: tradeNo(), amount: 100, subject: 'x', notifyUrl: notifyUrl() })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderRequestError);
    expect((err as ProviderRequestError).code).toBe(method === 'alipay' ? 'isv.invalid-signature' : 'SIGN_ERROR');
    if (method === 'wechat') expect((err as ProviderRequestError).httpStatus).toBe(401);
  });

  it('refuses a response signed with another key', async () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const fooled =
      method === 'alipay'
        ? createAlipayProvider({ ...gateway.alipay, alipayPublicKey: pem })
        : createWechatProvider({ ...gateway.wechat, platformCertificate: pem, platformSerial: undefined });
    const err = await fooled.queryPayment('NOSUCHTRADE2').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderRequestError);
    expect((err as ProviderRequestError).code).toBe('BAD_RESPONSE_SIGNATURE');
  });

  it('rejects a valid notification for another app / merchant', async () => {
    const { no } = await create(600);
    await gateway.pay(method, no);
    const last = receiver.raw[method].at(-1)!;
    const other =
      method === 'alipay'
        ? createAlipayProvider({ ...gateway.alipay, appId: '9021000000009999' })
        : createWechatProvider({ ...gateway.wechat, mchId: '1900009999' });
    await expect(other.verifyNotification(last)).rejects.toThrow(NotificationRejected);
    await expect(other.verifyNotification(last)).rejects.toThrow(method === 'alipay' ? /app_id/ : /mchid/);
  });
});

describe('alipay specifics', () => {
  it('a signed notification that is not a payment success is null', async () => {
    const params: Record<string, string> = {
      app_id: DEMO_ALIPAY_APP_ID,
      notify_id: 'n1',
      notify_time: '2026-01-01 10:00:00',
      notify_type: 'trade_status_sync',
      out_trade_no: 'X1',
      trade_no: '2026010122001400000000000001',
      trade_status: 'WAIT_BUYER_PAY',
      total_amount: '1.00',
      version: '1.0',
    };
    const signed = (p: Record<string, string>) => {
      const content = Object.keys(p)
        .sort()
        .map((k) => `${k}=${p[k]}`)
        .join('&');
      const signature = sign('sha256', Buffer.from(content), DEMO_ALIPAY_PLATFORM_PRIVATE_KEY).toString('base64');
      return { headers: {}, rawBody: new URLSearchParams({ ...p, sign: signature, sign_type: 'RSA2' }).toString() };
    };
    const alipay = providers.alipay;
    expect(await alipay.verifyNotification(signed(params))).toBeNull();
    expect(await alipay.verifyNotification(signed({ ...params, trade_status: 'TRADE_CLOSED' }))).toBeNull();
    const refund = { ...params, trade_status: 'TRADE_SUCCESS', refund_fee: '1.00', gmt_refund: '2026-01-01 10:00:00' };
    expect(await alipay.verifyNotification(signed(refund))).toBeNull();
    const paid = await alipay.verifyNotification(
      signed({ ...params, trade_status: 'TRADE_FINISHED', gmt_payment: '2026-01-01 09:59:58' }),
    );
    expect(paid).toMatchObject({ amount: 100, paidAt: new Date('2026-01-01T01:59:58Z') });
    await expect(
      alipay.verifyNotification(signed({ ...params, trade_status: 'TRADE_SUCCESS', total_amount: '1.005' })),
    ).rejects.toThrow(NotificationRejected);
    await expect(alipay.verifyNotification({ headers: {}, rawBody: 'hello' })).rejects.toThrow(NotificationRejected);
    expect(alipay.ack(true)).toEqual({ status: 200, contentType: 'text/plain; charset=utf-8', body: 'success' });
    expect(alipay.ack(false).body).toBe('fail');
  });

  it('refuses an unknown app id', async () => {
    const stranger = createAlipayProvider({ ...gateway.alipay, appId: '9021000000009999' });
    const err = await stranger.queryPayment('X').catch((e: unknown) => e);
    expect((err as ProviderRequestError).code).toBe('isv.invalid-app-id');
  });
});

describe('wechat specifics', () => {
  it('rejects a notification whose timestamp is more than 5 minutes off', async () => {
    const { no } = await (async () => {
      const n = tradeNo();
      await providers.wechat.createPayment({
        outTradeNo: n,
        amount: 100,
        subject: 's',
        notifyUrl: `${receiver.url}/notify/wechat`,
      });
      return { no: n };
    })();
    await gateway.pay('wechat', no);
    const last = receiver.raw.wechat.at(-1)!;
    expect(await providers.wechat.verifyNotification(last)).toMatchObject({ outTradeNo: no });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 6 * 60_000);
      await expect(providers.wechat.verifyNotification(last)).rejects.toThrow(/5 minutes/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects a corrupted ciphertext under a valid signature (the GCM tag is checked)', async () => {
    const no = tradeNo();
    await providers.wechat.createPayment({
      outTradeNo: no,
      amount: 100,
      subject: 's',
      notifyUrl: `${receiver.url}/notify/wechat`,
    });
    const before = receiver.seen.get('?')?.length ?? 0;
    await gateway.pay('wechat', no, { tamper: 'payload' });
    expect(receiver.seen.get('?')?.[before]).toEqual({ rejected: 'resource does not decrypt with the APIv3 key' });
  });

  it('rejects unsigned or malformed notifications', async () => {
    await expect(providers.wechat.verifyNotification({ headers: {}, rawBody: '{}' })).rejects.toThrow(
      NotificationRejected,
    );
    const last = receiver.raw.wechat.at(-1)!;
    await expect(
      providers.wechat.verifyNotification({ headers: last.headers, rawBody: `${last.rawBody} ` }),
    ).rejects.toThrow(/bad signature/);
    expect(providers.wechat.ack(true).status).toBe(200);
    expect(JSON.parse(providers.wechat.ack(false).body)).toMatchObject({ code: 'FAIL' });
    expect(providers.wechat.ack(false).status).toBeGreaterThanOrEqual(400);
  });

  it('downloads the platform certificate from /v3/certificates when none is configured', async () => {
    const client = createWechatProvider({
      ...gateway.wechat,
      platformCertificate: undefined,
      platformSerial: undefined,
    });
    const no = tradeNo();
    const created = await client.createPayment({
      outTradeNo: no,
      amount: 100,
      subject: 's',
      notifyUrl: `${receiver.url}/notify/wechat`,
    });
    expect(created.codeUrl).toContain(no);
    await gateway.pay('wechat', no);
    expect(await client.verifyNotification(receiver.raw.wechat.at(-1)!)).toMatchObject({ outTradeNo: no, amount: 100 });
  });

  it('validates the request like WeChat Pay', async () => {
    const err = await providers.wechat
      .createPayment({ outTradeNo: 'x', amount: 100, subject: 's', notifyUrl: `${receiver.url}/notify/wechat` })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'PARAM_ERROR', httpStatus: 400 });
    const apiV3Key = randomBytes(16).toString('hex');
    const stranger = createWechatProvider({ ...gateway.wechat, apiV3Key, platformCertificate: undefined });
    await expect(stranger.queryPayment('NOSUCHTRADE3')).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });
});

describe('bill files', () => {
  it('Alipay: the 业务明细 CSV of 支付宝商家中心', async () => {
    const from = new Date(Date.now() - 1000);
    const no = tradeNo();
    await providers.alipay.createPayment({
      outTradeNo: no,
      amount: 1234,
      subject: '订货单, "A"',
      notifyUrl: `${receiver.url}/notify/alipay`,
    });
    await gateway.pay('alipay', no, { payer: '159****0001' });
    const to = new Date(Date.now() + 1000);
    const lines = gateway.bill('alipay', from, to).split('\r\n');
    expect(lines[0]).toBe('#支付宝业务明细查询');
    expect(lines[1]).toMatch(/^#账号：\[\d+\]$/);
    expect(lines[2]).toMatch(/^#起始日期：\[\d{4}年\d{2}月\d{2}日 \d{2}:\d{2}:\d{2}\] {3}终止日期：\[.+\]$/);
    const headerIndex = lines.findIndex((l) => !l.startsWith('#'));
    expect(lines.slice(0, headerIndex).every((l) => l.startsWith('#'))).toBe(true);
    const header = lines[headerIndex].split(',');
    for (const col of [
      '支付宝交易号',
      '商户订单号',
      '业务类型',
      '商品名称',
      '创建时间',
      '完成时间',
      '对方账户',
      '订单金额（元）',
      '商家实收（元）',
      '退款金额（元）',
      '备注',
    ]) {
      expect(header).toContain(col);
    }
    const row = lines.find((l) => l.includes(no))!;
    const trade = gateway.trades().find((t) => t.outTradeNo === no)!;
    expect(row.startsWith(`${trade.tradeNo}\t,${no}\t,交易\t,"订货单, ""A"""\t,`)).toBe(true);
    expect(row).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\t/);
    expect(row).toContain(',159****0001\t,12.34\t,12.34\t,');
    const tail = lines.filter((l) => l !== '').slice(-4);
    expect(tail[0]).toMatch(/^#-+业务明细列表结束-+$/);
    expect(tail[3]).toMatch(/^#导出时间：\[.+\]$/);
    // outside the dates: no rows
    const empty = gateway.bill('alipay', new Date(0), new Date(1000)).split('\r\n');
    expect(empty.filter((l) => l && !l.startsWith('#'))).toHaveLength(1); // the header only
  });

  it('WeChat: the v3 trade bill with backticks and the summary', async () => {
    const from = new Date(Date.now() - 1000);
    const no = tradeNo();
    await providers.wechat.createPayment({
      outTradeNo: no,
      amount: 1234,
      subject: '订货单',
      notifyUrl: `${receiver.url}/notify/wechat`,
    });
    await gateway.pay('wechat', no, { payer: 'o-buyer' });
    const lines = gateway
      .bill('wechat', from, new Date(Date.now() + 1000))
      .split('\r\n')
      .filter((l) => l);
    expect(lines[0]).toBe(
      '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注',
    );
    const rows = lines.slice(1, -2);
    expect(rows.length).toBeGreaterThanOrEqual(1);
    for (const r of rows) expect(r.split(',').every((c) => c.startsWith('`'))).toBe(true);
    const row = rows
      .find((r) => r.includes(no))!
      .split(',')
      .map((c) => c.slice(1));
    const trade = gateway.trades().find((t) => t.outTradeNo === no && t.method === 'wechat')!;
    expect(row).toHaveLength(27);
    expect(row[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(row.slice(5, 13)).toEqual([trade.tradeNo, no, 'o-buyer', 'NATIVE', 'SUCCESS', 'OTHERS', 'CNY', '12.34']);
    expect(row[24]).toBe('12.34');
    expect(lines.at(-2)).toBe(
      '总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额',
    );
    const summary = lines
      .at(-1)!
      .split(',')
      .map((c) => c.replace(/^`/, ''));
    expect(summary[0]).toBe(String(rows.length));
    expect(summary).toHaveLength(7);
  });
});
