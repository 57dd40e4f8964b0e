/**
 * A local stand-in of Alipay and WeChat Pay for tests and the demo mode: a plain node:http server that speaks the
 * providers' own protocols, so the real clients (alipay.ts, wechat.ts) talk to it unchanged — only their settings
 * point here. It checks the merchant's request signatures, signs its answers and notifications with the demo
 * platform keys (demo-keys.ts), serves a pay page per trade and writes bill files in the providers' formats.
 *
 * Alipay (OpenAPI v2): POST {url}/alipay/gateway.do — alipay.trade.precreate / query / refund / close,
 *   alipay.trade.fastpay.refund.query.
 * WeChat Pay (API v3): POST /v3/pay/transactions/native, GET /v3/pay/transactions/out-trade-no/{no}?mchid=,
 *   POST /v3/pay/transactions/out-trade-no/{no}/close, POST /v3/refund/domestic/refunds,
 *   GET /v3/refund/domestic/refunds/{out_refund_no}, GET /v3/certificates.
 * Pay page: GET /pay/{alipay|wechat}/{outTradeNo}; its form POSTs to the same URL, which pays (see pay()).
 *
 * Everything lives in memory and is lost on close().
 */
import { createCipheriv, randomBytes, randomUUID, sign, verify } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import QRCode from 'qrcode';
import type { AlipaySettings } from './alipay.ts';
import {
  DEMO_ALIPAY_APP_ID,
  DEMO_ALIPAY_APP_PRIVATE_KEY,
  DEMO_ALIPAY_APP_PUBLIC_KEY,
  DEMO_ALIPAY_PLATFORM_PRIVATE_KEY,
  DEMO_ALIPAY_PLATFORM_PUBLIC_KEY,
  DEMO_ALIPAY_SELLER_ID,
  DEMO_WECHAT_API_V3_KEY,
  DEMO_WECHAT_APP_ID,
  DEMO_WECHAT_MCH_ID,
  DEMO_WECHAT_MERCHANT_CERTIFICATE,
  DEMO_WECHAT_MERCHANT_PRIVATE_KEY,
  DEMO_WECHAT_MERCHANT_SERIAL,
  DEMO_WECHAT_PLATFORM_CERTIFICATE,
  DEMO_WECHAT_PLATFORM_PRIVATE_KEY,
  DEMO_WECHAT_PLATFORM_SERIAL,
} from './demo-keys.ts';
import { fenToYuan, type OnlineMethod, yuanToFen } from './provider.ts';
import { loadPrivateKey, loadPublicKey, shanghaiDateTime, shanghaiRfc3339 } from './util.ts';
import type { WechatSettings } from './wechat.ts';

export interface PayOptions {
  /** Send a different (wrong) amount in the notification (fen); the trade itself keeps its amount. */
  amount?: number;
  /**
   * Break the notification: true / 'signature' — the signature no longer matches; 'payload' — WeChat: a corrupted
   * ciphertext under a valid signature (so only the AES-GCM tag catches it); Alipay: same as 'signature'.
   */
  tamper?: boolean | 'signature' | 'payload';
  /** Send the same notification N extra times after the first successful (or last) delivery. */
  duplicates?: number;
  /** Wait this long before sending (a late notification). */
  delayMs?: number;
  /** Buyer: Alipay buyer_logon_id, WeChat payer.openid. */
  payer?: string;
}

export interface PayResult {
  /** HTTP deliveries made (first attempt + retries + duplicates), including those that failed. */
  delivered: number;
  /** The merchant's answer to each delivery: Alipay its body ('success' / 'fail'); WeChat "STATUS body"; or "error: …". */
  answers: string[];
}

export interface GatewayTrade {
  method: OnlineMethod;
  outTradeNo: string;
  tradeNo: string;
  amount: number;
  /** refunded = refunded in full; a partly refunded trade stays paid (see refundedAmount). */
  status: 'pending' | 'paid' | 'refunded' | 'closed';
  subject: string;
  paidAt?: Date;
  refundedAmount?: number;
  notifyUrl?: string;
}

export interface LocalGateway {
  /** e.g. http://127.0.0.1:43123 (the publicUrl when one was given). */
  url: string;
  /** Merchant-side settings that point at this gateway (demo keys included). */
  alipay: AlipaySettings;
  wechat: WechatSettings;
  /** Simulates the buyer paying: marks the trade paid and sends the signed async notification to its notify_url. */
  pay(method: OnlineMethod, outTradeNo: string, opts?: PayOptions): Promise<PayResult>;
  /** A bill file of the paid (and refunded) trades between two dates (both inclusive), in the provider's real download format: see billFile() for both formats. */
  bill(method: OnlineMethod, from: Date, to: Date): string;
  trades(): GatewayTrade[];
  close(): Promise<void>;
}

export interface LocalGatewayOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Base URL of the pay pages (and their QR codes) when the buyer's phone reaches us by another address. */
  publicUrl?: string;
  /**
   * Waits before each retry when the merchant does not acknowledge a notification. The real providers retry minutes
   * to hours apart (Alipay 4m, 10m, 10m, 1h, 2h, 6h, 15h); the default here is short.
   */
  notifyRetryMs?: number[];
}

const DEFAULT_RETRY_MS = [1000, 2000, 5000, 15_000, 30_000];

interface Refund {
  outRefundNo: string;
  refundNo: string;
  amount: number;
  reason: string;
  at: Date;
}

interface Trade {
  method: OnlineMethod;
  outTradeNo: string;
  tradeNo: string;
  amount: number;
  subject: string;
  notifyUrl: string;
  status: 'pending' | 'paid' | 'closed';
  createdAt: Date;
  expiresAt?: Date;
  paidAt?: Date;
  payer?: string;
  buyerId: string;
  refunds: Refund[];
}

const refundedOf = (t: Trade) => t.refunds.reduce((sum, r) => sum + r.amount, 0);

function digits(n: number): string {
  let s = '';
  for (const b of randomBytes(n)) s += String(b % 10);
  return s;
}

function compactDate(d: Date): string {
  return shanghaiDateTime(d).slice(0, 10).replaceAll('-', '');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 1_000_000) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** "…,x,…" CSV cell (quoted only when needed). */
function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

const ALIPAY_BILL_HEADER = [
  '支付宝交易号',
  '商户订单号',
  '业务类型',
  '商品名称',
  '创建时间',
  '完成时间',
  '门店编号',
  '门店名称',
  '操作员',
  '终端号',
  '对方账户',
  '订单金额（元）',
  '商家实收（元）',
  '支付宝红包（元）',
  '集分宝（元）',
  '支付宝优惠（元）',
  '商家优惠（元）',
  '券核销金额（元）',
  '券名称',
  '商家红包消费金额（元）',
  '卡消费金额（元）',
  '退款金额（元）',
  '退款批次号/请求号',
  '服务费（元）',
  '分润（元）',
  '备注',
];

const WECHAT_BILL_HEADER =
  '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注';
const WECHAT_BILL_SUMMARY_HEADER =
  '总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额';

/** WeChat Pay's standard rate for the demo fee column: 0.6 %, rounded to the fen. */
const wechatFee = (fen: number) => Math.round((fen * 6) / 1000);

/**
 * The bill file of `trades` with payments or refunds between `from` and `to` (both inclusive), as a string with
 * CRLF line ends (the real files are GBK for Alipay and UTF-8 for WeChat; here it is always a JS string).
 *
 * Alipay — the 业务明细 CSV downloaded from 支付宝商家中心 (or from alipay.data.dataservice.bill.downloadurl.query):
 * ```
 * #支付宝业务明细查询
 * #账号：[2088000000000001]
 * #起始日期：[2024年05月01日 00:00:00]   终止日期：[2024年05月31日 23:59:59]
 * #-----------------------------------------业务明细列表----------------------------------------
 * 支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,终端号,对方账户,订单金额（元）,商家实收（元）,支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,商家红包消费金额（元）,卡消费金额（元）,退款金额（元）,退款批次号/请求号,服务费（元）,分润（元）,备注
 * 2024051322001400001234567890	,T202405130001	,交易	,订货单 DH001	,2024-05-13 17:49:01	,2024-05-13 17:49:20	,	,	,	,	,159****0001	,12.34	,12.34	,0.00	,…
 * 2024051322001400001234567890	,T202405130001	,退款	,订货单 DH001	,2024-05-13 17:49:01	,2024-05-14 09:00:00	,…	,12.34	,-12.34	,…	,12.34	,R1	,…
 * #-----------------------------------------业务明细列表结束------------------------------------
 * #交易合计：1笔，商家实收共：12.34元，商家优惠共：0.00元
 * #退款合计：1笔，商家实收退款共：-12.34元，商家优惠退款共：0.00元
 * #导出时间：[2024年06月01日 10:00:00]
 * ```
 * Lines starting with '#' are comments. As in the real file every data cell is followed by a tab (so that Excel keeps
 * long numbers as text): trim the cells. Times are "YYYY-MM-DD HH:mm:ss" Asia/Shanghai, amounts yuan with two decimals.
 * 业务类型 is 交易 (a payment: 订单金额 = 商家实收 = the paid amount, 退款金额 0.00) or 退款 (a refund: 完成时间 = the
 * refund time, 订单金额 = the original total, 商家实收 = minus the refunded amount, 退款金额 = the refunded amount,
 * 退款批次号/请求号 = our outRefundNo). 对方账户 is the buyer's logon id.
 *
 * WeChat Pay — the v3 trade bill (交易账单, bill_type ALL) as downloaded through /v3/bill/tradebill:
 * ```
 * 交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注
 * `2024-05-13 17:49:20,`wx8888888888888888,`1900000109,`0,`,`4200002024051312345678901234,`T202405130001,`o-demo-buyer,`NATIVE,`SUCCESS,`OTHERS,`CNY,`12.34,`0.00,`0,`0,`0.00,`0.00,`,`,`订货单 DH001,`,`0.07,`0.60%,`12.34,`0.00,`
 * `2024-05-14 09:00:00,`wx8888888888888888,`1900000109,`0,`,`4200002024051312345678901234,`T202405130001,`o-demo-buyer,`NATIVE,`REFUND,`OTHERS,`CNY,`0.00,`0.00,`50300002024051412345678901,`R1,`12.34,`0.00,`ORIGINAL,`SUCCESS,`订货单 DH001,`,`-0.07,`0.60%,`0.00,`12.34,`
 * 总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额
 * `2,`12.34,`12.34,`0.00,`0.00,`12.34,`12.34
 * ```
 * Every value is prefixed with a backtick (strip it). 交易时间 is the payment time (交易状态 SUCCESS) or the refund time
 * (交易状态 REFUND, with 微信退款单号, 商户退款单号 = our outRefundNo, 退款金额, 退款状态 SUCCESS). Amounts are yuan with two
 * decimals (the fee column too); a refund row has 应结订单金额 and 订单金额 0.00. The summary counts all rows.
 */
function billFile(
  method: OnlineMethod,
  trades: readonly Trade[],
  from: Date,
  to: Date,
  ids: { alipaySellerId: string; wechatAppId: string; wechatMchId: string },
  now = new Date(),
): string {
  const within = (d: Date | undefined) => !!d && d.getTime() >= from.getTime() && d.getTime() <= to.getTime();
  const events: Array<{ at: Date; trade: Trade; refund?: Refund }> = [];
  for (const t of trades) {
    if (t.method !== method || !t.paidAt) continue;
    if (within(t.paidAt)) events.push({ at: t.paidAt, trade: t });
    for (const r of t.refunds) if (within(r.at)) events.push({ at: r.at, trade: t, refund: r });
  }
  events.sort((a, b) => a.at.getTime() - b.at.getTime());

  if (method === 'alipay') {
    const cn = (d: Date) => {
      const s = shanghaiDateTime(d);
      return `${s.slice(0, 4)}年${s.slice(5, 7)}月${s.slice(8, 10)}日 ${s.slice(11)}`;
    };
    const lines = [
      '#支付宝业务明细查询',
      `#账号：[${ids.alipaySellerId}]`,
      `#起始日期：[${cn(from)}]   终止日期：[${cn(to)}]`,
      '#-----------------------------------------业务明细列表----------------------------------------',
      ALIPAY_BILL_HEADER.join(','),
    ];
    let paidCount = 0;
    let paidSum = 0;
    let refundCount = 0;
    let refundSum = 0;
    for (const { at, trade: t, refund: r } of events) {
      const cells = new Array<string>(ALIPAY_BILL_HEADER.length).fill('');
      const set = (name: string, v: string) => {
        cells[ALIPAY_BILL_HEADER.indexOf(name)] = v;
      };
      set('支付宝交易号', t.tradeNo);
      set('商户订单号', t.outTradeNo);
      set('业务类型', r ? '退款' : '交易');
      set('商品名称', t.subject);
      set('创建时间', shanghaiDateTime(t.createdAt));
      set('完成时间', shanghaiDateTime(at));
      set('对方账户', t.payer ?? '');
      set('订单金额（元）', fenToYuan(t.amount));
      set('商家实收（元）', fenToYuan(r ? -r.amount : t.amount));
      for (const zero of ['支付宝红包（元）', '集分宝（元）', '支付宝优惠（元）', '商家优惠（元）', '券核销金额（元）'])
        set(zero, '0.00');
      for (const zero of ['商家红包消费金额（元）', '卡消费金额（元）', '服务费（元）', '分润（元）'])
        set(zero, '0.00');
      set('退款金额（元）', fenToYuan(r ? r.amount : 0));
      set('退款批次号/请求号', r ? r.outRefundNo : '');
      set('备注', r ? r.reason : '');
      lines.push(cells.map((c) => `${csvCell(c)}\t`).join(','));
      if (r) {
        refundCount++;
        refundSum += r.amount;
      } else {
        paidCount++;
        paidSum += t.amount;
      }
    }
    lines.push(
      '#-----------------------------------------业务明细列表结束------------------------------------',
      `#交易合计：${paidCount}笔，商家实收共：${fenToYuan(paidSum)}元，商家优惠共：0.00元`,
      `#退款合计：${refundCount}笔，商家实收退款共：${fenToYuan(-refundSum)}元，商家优惠退款共：0.00元`,
      `#导出时间：[${cn(now)}]`,
    );
    return `${lines.join('\r\n')}\r\n`;
  }

  const q = (v: string) => `\`${csvCell(v)}`;
  const lines = [WECHAT_BILL_HEADER];
  let settled = 0;
  let refunded = 0;
  let fees = 0;
  let ordered = 0;
  for (const { at, trade: t, refund: r } of events) {
    const fee = r ? -wechatFee(r.amount) : wechatFee(t.amount);
    fees += fee;
    if (r) refunded += r.amount;
    else {
      settled += t.amount;
      ordered += t.amount;
    }
    lines.push(
      [
        shanghaiDateTime(at),
        ids.wechatAppId,
        ids.wechatMchId,
        '0',
        '',
        t.tradeNo,
        t.outTradeNo,
        t.payer ?? '',
        'NATIVE',
        r ? 'REFUND' : 'SUCCESS',
        'OTHERS',
        'CNY',
        fenToYuan(r ? 0 : t.amount),
        '0.00',
        r ? r.refundNo : '0',
        r ? r.outRefundNo : '0',
        fenToYuan(r ? r.amount : 0),
        '0.00',
        r ? 'ORIGINAL' : '',
        r ? 'SUCCESS' : '',
        t.subject,
        '',
        fenToYuan(fee),
        '0.60%',
        fenToYuan(r ? 0 : t.amount),
        fenToYuan(r ? r.amount : 0),
        '',
      ]
        .map(q)
        .join(','),
    );
  }
  lines.push(
    WECHAT_BILL_SUMMARY_HEADER,
    [
      String(events.length),
      fenToYuan(settled),
      fenToYuan(refunded),
      '0.00',
      fenToYuan(fees),
      fenToYuan(ordered),
      fenToYuan(refunded),
    ]
      .map(q)
      .join(','),
  );
  return `${lines.join('\r\n')}\r\n`;
}

const alipayPlatformKey = loadPrivateKey(DEMO_ALIPAY_PLATFORM_PRIVATE_KEY);
const alipayAppPublicKey = loadPublicKey(DEMO_ALIPAY_APP_PUBLIC_KEY);
const wechatPlatformKey = loadPrivateKey(DEMO_WECHAT_PLATFORM_PRIVATE_KEY);
const wechatMerchantPublicKey = loadPublicKey(DEMO_WECHAT_MERCHANT_CERTIFICATE);

const rsaSign = (text: string, key: typeof alipayPlatformKey) =>
  sign('sha256', Buffer.from(text, 'utf8'), key).toString('base64');

function flipBase64(b64: string): string {
  const buf = Buffer.from(b64, 'base64');
  buf[Math.floor(buf.length / 2)] ^= 0x01;
  return buf.toString('base64');
}

/** AES-256-GCM as WeChat Pay encrypts resources: base64(ciphertext ‖ 16-byte tag). */
function encryptResource(plain: string, associatedData: string) {
  const nonce = randomBytes(6).toString('hex');
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(DEMO_WECHAT_API_V3_KEY, 'utf8'), Buffer.from(nonce, 'utf8'));
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { algorithm: 'AEAD_AES_256_GCM', ciphertext: data.toString('base64'), associated_data: associatedData, nonce };
}

function wechatSignatureHeaders(body: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000).toString();
  const nonce = randomBytes(16).toString('hex');
  return {
    'Wechatpay-Timestamp': timestamp,
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Signature': rsaSign(`${timestamp}\n${nonce}\n${body}\n`, wechatPlatformKey),
    'Wechatpay-Serial': DEMO_WECHAT_PLATFORM_SERIAL,
    'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
  };
}

class WechatError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

class AlipayError extends Error {
  constructor(
    readonly subCode: string,
    message: string,
    readonly code = '40004',
    readonly msg = 'Business Failed',
  ) {
    super(message);
  }
}

export async function startLocalGateway(opts: LocalGatewayOptions = {}): Promise<LocalGateway> {
  const host = opts.host ?? '127.0.0.1';
  const retryMs = opts.notifyRetryMs ?? DEFAULT_RETRY_MS;
  const trades = new Map<string, Trade>();
  const key = (method: OnlineMethod, outTradeNo: string) => `${method}:${outTradeNo}`;
  const timers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  const background = new Set<Promise<unknown>>();
  let closed = false;
  let apiBase = '';
  let publicBase = '';

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (closed || ms <= 0) return resolve();
      const entry = {
        timer: setTimeout(() => {
          timers.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      timers.add(entry);
    });

  const payPageUrl = (method: OnlineMethod, outTradeNo: string) =>
    `${publicBase}/pay/${method}/${encodeURIComponent(outTradeNo)}`;

  function newTrade(method: OnlineMethod, outTradeNo: string, amount: number, subject: string, notifyUrl: string) {
    const now = new Date();
    const trade: Trade = {
      method,
      outTradeNo,
      tradeNo:
        method === 'alipay' ? `${compactDate(now)}22001${digits(15)}` : `4200002${compactDate(now)}${digits(13)}`,
      amount,
      subject,
      notifyUrl,
      status: 'pending',
      createdAt: now,
      buyerId: `2088${digits(12)}`,
      refunds: [],
    };
    trades.set(key(method, outTradeNo), trade);
    return trade;
  }

  // ---------------------------------------------------------------- notifications

  function alipayNotification(t: Trade, o: PayOptions): string {
    const amount = fenToYuan(o.amount ?? t.amount);
    const params: Record<string, string> = {
      gmt_create: shanghaiDateTime(t.createdAt),
      charset: 'utf-8',
      seller_email: 'demo-seller@example.com',
      subject: t.subject,
      buyer_id: t.buyerId,
      invoice_amount: amount,
      notify_id: `${compactDate(t.paidAt ?? new Date())}${randomBytes(12).toString('hex')}`,
      fund_bill_list: JSON.stringify([{ amount, fundChannel: 'ALIPAYACCOUNT' }]),
      notify_type: 'trade_status_sync',
      trade_status: 'TRADE_SUCCESS',
      receipt_amount: amount,
      buyer_pay_amount: amount,
      app_id: DEMO_ALIPAY_APP_ID,
      seller_id: DEMO_ALIPAY_SELLER_ID,
      gmt_payment: shanghaiDateTime(t.paidAt ?? new Date()),
      notify_time: shanghaiDateTime(new Date()),
      version: '1.0',
      out_trade_no: t.outTradeNo,
      total_amount: amount,
      trade_no: t.tradeNo,
      auth_app_id: DEMO_ALIPAY_APP_ID,
      buyer_logon_id: t.payer ?? '',
      point_amount: '0.00',
    };
    // Alipay signs the sorted non-empty parameters except sign and sign_type.
    const content = Object.keys(params)
      .filter((k) => params[k] !== '')
      .sort()
      .map((k) => `${k}=${params[k]}`)
      .join('&');
    let signature = rsaSign(content, alipayPlatformKey);
    if (o.tamper) signature = flipBase64(signature);
    const form = new URLSearchParams({ ...params, sign: signature, sign_type: 'RSA2' });
    return form.toString();
  }

  function wechatTransaction(t: Trade, amount: number) {
    return {
      appid: DEMO_WECHAT_APP_ID,
      mchid: DEMO_WECHAT_MCH_ID,
      out_trade_no: t.outTradeNo,
      transaction_id: t.tradeNo,
      trade_type: 'NATIVE',
      trade_state: 'SUCCESS',
      trade_state_desc: '支付成功',
      bank_type: 'OTHERS',
      attach: '',
      success_time: shanghaiRfc3339(t.paidAt ?? new Date()),
      payer: { openid: t.payer ?? '' },
      amount: { total: amount, payer_total: amount, currency: 'CNY', payer_currency: 'CNY' },
    };
  }

  function wechatNotification(t: Trade, o: PayOptions): string {
    const resource = encryptResource(JSON.stringify(wechatTransaction(t, o.amount ?? t.amount)), 'transaction');
    if (o.tamper === 'payload') resource.ciphertext = flipBase64(resource.ciphertext);
    return JSON.stringify({
      id: randomUUID(),
      create_time: shanghaiRfc3339(new Date()),
      resource_type: 'encrypt-resource',
      event_type: 'TRANSACTION.SUCCESS',
      summary: '支付成功',
      resource: { original_type: 'transaction', ...resource },
    });
  }

  /** One delivery: resolves to [acknowledged, answer]. WeChat re-signs every attempt (its timestamp is checked). */
  async function deliverOnce(t: Trade, body: string, o: PayOptions): Promise<[boolean, string]> {
    const headers: Record<string, string> = {};
    if (t.method === 'alipay') {
      headers['Content-Type'] = 'application/x-www-form-urlencoded; charset=utf-8';
    } else {
      headers['Content-Type'] = 'application/json';
      Object.assign(headers, wechatSignatureHeaders(body));
      if (o.tamper && o.tamper !== 'payload') {
        headers['Wechatpay-Signature'] = flipBase64(headers['Wechatpay-Signature']);
      }
    }
    try {
      const res = await fetch(t.notifyUrl, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
      const text = await res.text();
      if (t.method === 'alipay') return [text.trim() === 'success', text.trim()];
      let failed = false;
      try {
        failed = (JSON.parse(text) as { code?: string }).code === 'FAIL';
      } catch {
        // an empty (or non-JSON) body is fine with 200/204
      }
      return [(res.status === 200 || res.status === 204) && !failed, `${res.status}${text ? ` ${text}` : ''}`];
    } catch (err) {
      return [false, `error: ${(err as Error).message}`];
    }
  }

  /** Delivers a notification with retries and duplicates; `first` settles after the first attempt. */
  function notify(t: Trade, o: PayOptions) {
    let firstDone: () => void = () => {};
    const first = new Promise<void>((resolve) => {
      firstDone = resolve;
    });
    const all = (async (): Promise<PayResult> => {
      const answers: string[] = [];
      try {
        if (!t.notifyUrl) return { delivered: 0, answers };
        await sleep(o.delayMs ?? 0);
        const body = t.method === 'alipay' ? alipayNotification(t, o) : wechatNotification(t, o);
        const attempt = async () => {
          const [ok, answer] = await deliverOnce(t, body, o);
          answers.push(answer);
          return ok;
        };
        let ok = closed ? false : await attempt();
        firstDone();
        for (const wait of retryMs) {
          if (ok || closed) break;
          await sleep(wait);
          if (!closed) ok = await attempt();
        }
        for (let i = 0; i < (o.duplicates ?? 0) && !closed; i++) await attempt();
        return { delivered: answers.length, answers };
      } finally {
        firstDone();
      }
    })();
    background.add(all);
    void all.finally(() => background.delete(all));
    return { first, all };
  }

  function markPaid(method: OnlineMethod, outTradeNo: string, payer?: string): Trade {
    const t = trades.get(key(method, outTradeNo));
    if (!t) throw new Error(`local gateway: no ${method} trade ${outTradeNo}`);
    if (t.status === 'closed') throw new Error(`local gateway: ${method} trade ${outTradeNo} is closed`);
    if (t.status === 'pending' && t.expiresAt && t.expiresAt.getTime() < Date.now()) {
      t.status = 'closed';
      throw new Error(`local gateway: ${method} trade ${outTradeNo} has expired`);
    }
    if (t.status === 'pending') {
      t.status = 'paid';
      t.paidAt = new Date();
      t.payer = payer ?? (method === 'alipay' ? `159****${digits(4)}` : `o-demo-${randomBytes(10).toString('hex')}`);
    }
    return t;
  }

  // ---------------------------------------------------------------- Alipay OpenAPI v2

  function alipayTradeFields(t: Trade) {
    return { trade_no: t.tradeNo, out_trade_no: t.outTradeNo, buyer_logon_id: t.payer ?? '', buyer_user_id: t.buyerId };
  }

  function findAlipayTrade(biz: Record<string, unknown>): Trade {
    const t = biz.out_trade_no
      ? trades.get(key('alipay', String(biz.out_trade_no)))
      : [...trades.values()].find((x) => x.method === 'alipay' && x.tradeNo === biz.trade_no);
    if (!t) throw new AlipayError('ACQ.TRADE_NOT_EXIST', '交易不存在');
    return t;
  }

  function alipayMethod(method: string, params: Record<string, string>, biz: Record<string, unknown>) {
    switch (method) {
      case 'alipay.trade.precreate': {
        const outTradeNo = String(biz.out_trade_no ?? '');
        const amount = yuanToFen(String(biz.total_amount ?? ''));
        const subject = String(biz.subject ?? '');
        if (!outTradeNo || outTradeNo.length > 64 || amount === null || amount <= 0 || !subject) {
          throw new AlipayError(
            'isv.invalid-parameter',
            '参数无效：out_trade_no / total_amount / subject',
            '40002',
            'Invalid Arguments',
          );
        }
        let t = trades.get(key('alipay', outTradeNo));
        if (t && t.status !== 'pending') {
          if (t.status === 'closed') throw new AlipayError('ACQ.TRADE_HAS_CLOSE', '交易已经关闭');
          throw new AlipayError('ACQ.TRADE_HAS_SUCCESS', '交易已被支付');
        }
        if (t && t.amount !== amount) throw new AlipayError('ACQ.CONTEXT_INCONSISTENT', '交易信息被篡改');
        if (t) t.notifyUrl = params.notify_url ?? t.notifyUrl;
        else t = newTrade('alipay', outTradeNo, amount, subject, params.notify_url ?? '');
        if (biz.time_expire) t.expiresAt = new Date(`${String(biz.time_expire).replace(' ', 'T')}+08:00`);
        return { code: '10000', msg: 'Success', out_trade_no: outTradeNo, qr_code: payPageUrl('alipay', outTradeNo) };
      }
      case 'alipay.trade.query': {
        const t = findAlipayTrade(biz);
        const refunded = refundedOf(t);
        const status =
          t.status === 'pending'
            ? 'WAIT_BUYER_PAY'
            : t.status === 'closed' || refunded >= t.amount
              ? 'TRADE_CLOSED'
              : 'TRADE_SUCCESS';
        return {
          code: '10000',
          msg: 'Success',
          ...alipayTradeFields(t),
          trade_status: status,
          total_amount: fenToYuan(t.amount),
          ...(t.paidAt
            ? {
                buyer_pay_amount: fenToYuan(t.amount),
                receipt_amount: fenToYuan(t.amount),
                send_pay_date: shanghaiDateTime(t.paidAt),
              }
            : {}),
        };
      }
      case 'alipay.trade.refund': {
        const t = findAlipayTrade(biz);
        const amount = yuanToFen(String(biz.refund_amount ?? ''));
        const outRequestNo = String(biz.out_request_no ?? t.outTradeNo);
        if (amount === null || amount <= 0) {
          throw new AlipayError('isv.invalid-parameter', '参数无效：refund_amount', '40002', 'Invalid Arguments');
        }
        if (t.status !== 'paid') throw new AlipayError('ACQ.TRADE_STATUS_ERROR', '交易状态不合法');
        const existing = t.refunds.find((r) => r.outRefundNo === outRequestNo);
        if (existing && existing.amount !== amount) {
          throw new AlipayError('ACQ.REFUND_AMT_NOT_EQUAL_TOTAL', '退款金额与之前请求不一致');
        }
        if (!existing) {
          if (refundedOf(t) + amount > t.amount)
            throw new AlipayError('ACQ.REFUND_AMT_NOT_EQUAL_TOTAL', '退款金额超限');
          t.refunds.push({
            outRefundNo: outRequestNo,
            refundNo: t.tradeNo,
            amount,
            reason: String(biz.refund_reason ?? ''),
            at: new Date(),
          });
        }
        const r = existing ?? t.refunds[t.refunds.length - 1];
        return {
          code: '10000',
          msg: 'Success',
          ...alipayTradeFields(t),
          fund_change: existing ? 'N' : 'Y',
          refund_fee: fenToYuan(refundedOf(t)),
          gmt_refund_pay: shanghaiDateTime(r.at),
        };
      }
      case 'alipay.trade.fastpay.refund.query': {
        const t = findAlipayTrade(biz);
        const r = t.refunds.find((x) => x.outRefundNo === String(biz.out_request_no ?? t.outTradeNo));
        // An unknown refund is a success without refund_status, as the real one answers.
        if (!r) return { code: '10000', msg: 'Success', out_trade_no: t.outTradeNo, trade_no: t.tradeNo };
        return {
          code: '10000',
          msg: 'Success',
          trade_no: t.tradeNo,
          out_trade_no: t.outTradeNo,
          out_request_no: r.outRefundNo,
          total_amount: fenToYuan(t.amount),
          refund_amount: fenToYuan(r.amount),
          refund_status: 'REFUND_SUCCESS',
          gmt_refund_pay: shanghaiDateTime(r.at),
        };
      }
      case 'alipay.trade.close': {
        const t = findAlipayTrade(biz);
        if (t.status !== 'pending' && t.status !== 'closed')
          throw new AlipayError('ACQ.TRADE_STATUS_ERROR', '交易状态不合法');
        t.status = 'closed';
        return { code: '10000', msg: 'Success', trade_no: t.tradeNo, out_trade_no: t.outTradeNo };
      }
      default:
        return null;
    }
  }

  function handleAlipay(url: URL, req: IncomingMessage, body: string, res: ServerResponse) {
    const params: Record<string, string> = {};
    for (const [k, v] of url.searchParams) params[k] = v;
    const contentType = req.headers['content-type'] ?? '';
    if (contentType.includes('json') && body) {
      try {
        Object.assign(params, JSON.parse(body));
      } catch {
        // refused below (no valid signature)
      }
    } else for (const [k, v] of new URLSearchParams(body)) params[k] = v;

    const method = params.method ?? '';
    let responseKey = `${method.replaceAll('.', '_')}_response`;
    const reply = (payload: Record<string, unknown>) => {
      const inner = JSON.stringify(payload);
      res.writeHead(200, { 'Content-Type': 'application/json;charset=utf-8' });
      res.end(`{"${responseKey}":${inner},"sign":"${rsaSign(inner, alipayPlatformKey)}"}`);
    };
    const invalid = (subCode: string, subMsg: string) =>
      reply({ code: '40002', msg: 'Invalid Arguments', sub_code: subCode, sub_msg: subMsg });

    if (params.app_id !== DEMO_ALIPAY_APP_ID) return invalid('isv.invalid-app-id', '无效的AppID参数');
    if (params.sign_type !== 'RSA2') return invalid('isv.invalid-signature-type', '无效的签名类型');
    // The merchant signs all non-empty parameters except sign, sorted, as k=v joined with &.
    const content = Object.keys(params)
      .filter((k) => k !== 'sign' && params[k] !== '')
      .sort()
      .map((k) => `${k}=${params[k]}`)
      .join('&');
    let signed = false;
    try {
      signed = verify(
        'sha256',
        Buffer.from(content, 'utf8'),
        alipayAppPublicKey,
        Buffer.from(params.sign ?? '', 'base64'),
      );
    } catch {
      signed = false;
    }
    if (!signed) {
      return invalid(
        'isv.invalid-signature',
        `验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，网关生成的验签字符串为：${content}`,
      );
    }
    let biz: Record<string, unknown> = {};
    try {
      biz = params.biz_content ? JSON.parse(params.biz_content) : {};
    } catch {
      return invalid('isv.invalid-parameter', 'biz_content 不是合法的 JSON');
    }
    try {
      const result = alipayMethod(method, params, biz);
      if (!result) {
        responseKey = 'error_response';
        return invalid('isv.invalid-method', '不存在的方法名');
      }
      return reply(result);
    } catch (err) {
      if (err instanceof AlipayError) {
        return reply({ code: err.code, msg: err.msg, sub_code: err.subCode, sub_msg: err.message });
      }
      throw err;
    }
  }

  // ---------------------------------------------------------------- WeChat Pay API v3

  function checkWechatAuthorization(req: IncomingMessage, body: string): string | null {
    const header = req.headers.authorization ?? '';
    const m = /^WECHATPAY2-SHA256-RSA2048\s+(.+)$/.exec(header);
    if (!m) return '缺少或无效的 Authorization';
    const fields: Record<string, string> = {};
    for (const part of m[1].matchAll(/(\w+)="?([^",]*)"?/g)) fields[part[1]] = part[2];
    if (fields.mchid !== DEMO_WECHAT_MCH_ID) return '商户号与签名不匹配';
    if (fields.serial_no !== DEMO_WECHAT_MERCHANT_SERIAL) return '商户证书序列号有误';
    const ts = Number(fields.timestamp);
    if (!Number.isFinite(ts) || Math.abs(Date.now() / 1000 - ts) > 300) return '请求时间戳与当前时间相差超过 5 分钟';
    const message = `${req.method}\n${req.url}\n${fields.timestamp}\n${fields.nonce_str}\n${body}\n`;
    try {
      if (
        verify(
          'sha256',
          Buffer.from(message, 'utf8'),
          wechatMerchantPublicKey,
          Buffer.from(fields.signature ?? '', 'base64'),
        )
      ) {
        return null;
      }
    } catch {
      // bad signature encoding
    }
    return '签名错误';
  }

  function wechatTradeBody(t: Trade) {
    const refunded = refundedOf(t) > 0;
    const state =
      t.status === 'pending' ? 'NOTPAY' : t.status === 'closed' ? 'CLOSED' : refunded ? 'REFUND' : 'SUCCESS';
    const desc = { NOTPAY: '未支付', CLOSED: '已关闭', REFUND: '转入退款', SUCCESS: '支付成功' }[state];
    if (!t.paidAt) {
      return {
        appid: DEMO_WECHAT_APP_ID,
        mchid: DEMO_WECHAT_MCH_ID,
        out_trade_no: t.outTradeNo,
        trade_state: state,
        trade_state_desc: desc,
        amount: { total: t.amount, currency: 'CNY', payer_currency: 'CNY' },
      };
    }
    return { ...wechatTransaction(t, t.amount), trade_state: state, trade_state_desc: desc };
  }

  function wechatRefundBody(t: Trade, r: Refund) {
    return {
      refund_id: r.refundNo,
      out_refund_no: r.outRefundNo,
      transaction_id: t.tradeNo,
      out_trade_no: t.outTradeNo,
      channel: 'ORIGINAL',
      user_received_account: '支付用户零钱',
      success_time: shanghaiRfc3339(r.at),
      create_time: shanghaiRfc3339(r.at),
      status: 'SUCCESS',
      funds_account: 'AVAILABLE',
      amount: {
        total: t.amount,
        refund: r.amount,
        payer_total: t.amount,
        payer_refund: r.amount,
        settlement_total: t.amount,
        settlement_refund: r.amount,
        discount_refund: 0,
        currency: 'CNY',
        refund_fee: 0,
      },
    };
  }

  function wechatRoute(method: string, url: URL, body: string): [number, unknown] {
    let json: Record<string, unknown> = {};
    if (body) {
      try {
        json = JSON.parse(body);
      } catch {
        throw new WechatError(400, 'PARAM_ERROR', '请求体不是合法的 JSON');
      }
    }
    const path = url.pathname;
    if (method === 'POST' && path === '/v3/pay/transactions/native') {
      if (json.appid !== DEMO_WECHAT_APP_ID || json.mchid !== DEMO_WECHAT_MCH_ID) {
        throw new WechatError(400, 'APPID_MCHID_NOT_MATCH', 'appid和mch_id不匹配');
      }
      const outTradeNo = String(json.out_trade_no ?? '');
      const total = (json.amount as { total?: unknown } | undefined)?.total;
      const description = String(json.description ?? '');
      const notifyUrl = String(json.notify_url ?? '');
      if (!/^[A-Za-z0-9_\-|*]{6,32}$/.test(outTradeNo))
        throw new WechatError(
          400,
          'PARAM_ERROR',
          '输入源“/body/out_trade_no”映射到值字段“商户订单号”字符串规则校验失败',
        );
      if (typeof total !== 'number' || !Number.isSafeInteger(total) || total <= 0) {
        throw new WechatError(400, 'PARAM_ERROR', '输入源“/body/amount/total”映射到值字段“总金额”规则校验失败');
      }
      if (!description || Array.from(description).length > 127)
        throw new WechatError(400, 'PARAM_ERROR', '商品描述长度不符合要求');
      if (!/^https?:\/\//.test(notifyUrl)) throw new WechatError(400, 'PARAM_ERROR', 'notify_url 格式错误');
      let t = trades.get(key('wechat', outTradeNo));
      if (t && t.status === 'paid') throw new WechatError(400, 'ORDERPAID', '该订单已支付');
      if (t && t.status === 'closed') throw new WechatError(400, 'ORDER_CLOSED', '订单已关闭');
      if (t && t.amount !== total) throw new WechatError(400, 'INVALID_REQUEST', '201 商户订单号重复');
      if (t) t.notifyUrl = notifyUrl;
      else t = newTrade('wechat', outTradeNo, total, description, notifyUrl);
      if (json.time_expire) t.expiresAt = new Date(String(json.time_expire));
      return [200, { code_url: payPageUrl('wechat', outTradeNo) }];
    }
    const tradeMatch = /^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)(\/close)?$/.exec(path);
    if (tradeMatch) {
      const mchid = tradeMatch[2] ? json.mchid : url.searchParams.get('mchid');
      if (mchid !== DEMO_WECHAT_MCH_ID) throw new WechatError(400, 'PARAM_ERROR', 'mchid 与请求商户号不一致');
      const t = trades.get(key('wechat', decodeURIComponent(tradeMatch[1])));
      if (!t) throw new WechatError(404, 'ORDER_NOT_EXIST', '订单不存在');
      if (method === 'GET' && !tradeMatch[2]) return [200, wechatTradeBody(t)];
      if (method === 'POST' && tradeMatch[2]) {
        if (t.status !== 'pending' && t.status !== 'closed') throw new WechatError(400, 'ORDERPAID', '订单已支付');
        t.status = 'closed';
        return [204, undefined];
      }
    }
    if (method === 'POST' && path === '/v3/refund/domestic/refunds') {
      const t = json.out_trade_no
        ? trades.get(key('wechat', String(json.out_trade_no)))
        : [...trades.values()].find((x) => x.method === 'wechat' && x.tradeNo === json.transaction_id);
      if (!t) throw new WechatError(404, 'RESOURCE_NOT_EXISTS', '订单不存在');
      const outRefundNo = String(json.out_refund_no ?? '');
      const amount = json.amount as { refund?: unknown; total?: unknown } | undefined;
      if (!/^[A-Za-z0-9_\-|*@]{1,64}$/.test(outRefundNo))
        throw new WechatError(400, 'PARAM_ERROR', 'out_refund_no 格式错误');
      if (typeof amount?.refund !== 'number' || !Number.isSafeInteger(amount.refund) || amount.refund <= 0) {
        throw new WechatError(400, 'PARAM_ERROR', '退款金额无效');
      }
      if (amount.total !== t.amount) throw new WechatError(400, 'PARAM_ERROR', '订单金额与原订单不一致');
      if (t.status !== 'paid') throw new WechatError(400, 'INVALID_REQUEST', '订单未支付或已关闭');
      const existing = t.refunds.find((r) => r.outRefundNo === outRefundNo);
      if (existing) {
        if (existing.amount !== amount.refund)
          throw new WechatError(400, 'INVALID_REQUEST', '退款金额与之前请求不一致');
        return [200, wechatRefundBody(t, existing)];
      }
      if (refundedOf(t) + amount.refund > t.amount)
        throw new WechatError(400, 'INVALID_REQUEST', '申请退款金额超过订单可退金额');
      const now = new Date();
      const r: Refund = {
        outRefundNo,
        refundNo: `50300${compactDate(now)}${digits(15)}`,
        amount: amount.refund,
        reason: String(json.reason ?? ''),
        at: now,
      };
      t.refunds.push(r);
      return [200, wechatRefundBody(t, r)];
    }
    const refundMatch = /^\/v3\/refund\/domestic\/refunds\/([^/]+)$/.exec(path);
    if (method === 'GET' && refundMatch) {
      const no = decodeURIComponent(refundMatch[1]);
      for (const t of trades.values()) {
        const r = t.method === 'wechat' ? t.refunds.find((x) => x.outRefundNo === no) : undefined;
        if (r) return [200, wechatRefundBody(t, r)];
      }
      throw new WechatError(404, 'RESOURCE_NOT_EXISTS', '退款单不存在');
    }
    if (method === 'GET' && path === '/v3/certificates') {
      return [
        200,
        {
          data: [
            {
              serial_no: DEMO_WECHAT_PLATFORM_SERIAL,
              effective_time: shanghaiRfc3339(new Date('2026-01-01T00:00:00+08:00')),
              expire_time: shanghaiRfc3339(new Date('2126-01-01T00:00:00+08:00')),
              encrypt_certificate: encryptResource(DEMO_WECHAT_PLATFORM_CERTIFICATE, 'certificate'),
            },
          ],
        },
      ];
    }
    throw new WechatError(404, 'NOT_FOUND', '请求的资源不存在');
  }

  function handleWechat(url: URL, req: IncomingMessage, body: string, res: ServerResponse) {
    const reply = (status: number, payload: unknown) => {
      const text = payload === undefined ? '' : JSON.stringify(payload);
      res.writeHead(status, {
        ...(text ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
        'Request-ID': randomUUID(),
        ...wechatSignatureHeaders(text),
      });
      res.end(text);
    };
    const problem = checkWechatAuthorization(req, body);
    if (problem) return reply(401, { code: 'SIGN_ERROR', message: problem });
    try {
      const [status, payload] = wechatRoute(req.method ?? 'GET', url, body);
      reply(status, payload);
    } catch (err) {
      if (err instanceof WechatError) return reply(err.status, { code: err.code, message: err.message });
      throw err;
    }
  }

  // ---------------------------------------------------------------- pay page

  async function payPage(method: OnlineMethod, t: Trade | undefined, outTradeNo: string): Promise<string> {
    const brand = method === 'alipay' ? { name: '支付宝', color: '#1677ff' } : { name: '微信支付', color: '#07c160' };
    const pageUrl = payPageUrl(method, outTradeNo);
    let main: string;
    if (!t) {
      main = '<p class="state">订单不存在</p>';
    } else if (t.status === 'paid' || t.status === 'closed') {
      main =
        t.status === 'paid'
          ? `<div class="ok" role="status"><div class="tick">✓</div><p class="state">支付成功</p><p class="amount">¥${fenToYuan(t.amount)}</p></div>`
          : '<p class="state">订单已关闭</p>';
      main = `<p class="subject">${escapeHtml(t.subject)}</p>${main}`;
    } else {
      const qr = await QRCode.toDataURL(pageUrl, { margin: 1, width: 240 });
      main = `<p class="subject">${escapeHtml(t.subject)}</p>
<p class="amount">¥${fenToYuan(t.amount)}</p>
<img class="qr" src="${qr}" alt="本页的二维码" width="200" height="200">
<p class="hint">用手机扫码，在手机上打开本页</p>
<form method="post" action="/pay/${method}/${encodeURIComponent(outTradeNo)}">
<button type="submit">确认支付</button>
</form>`;
    }
    return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${brand.name} · 本地模拟网关</title>
<style>
body{margin:0;font-family:-apple-system,"PingFang SC","Noto Sans SC","Microsoft YaHei",sans-serif;background:#f5f5f5;color:#222}
header{background:${brand.color};color:#fff;padding:16px;text-align:center;font-size:20px;font-weight:600}
.badge{background:#fff3cd;color:#8a6d3b;text-align:center;font-size:13px;padding:6px}
main{max-width:420px;margin:16px auto;background:#fff;border-radius:12px;padding:24px 20px;text-align:center}
.subject{color:#555;margin:0 0 8px;word-break:break-all}
.amount{font-size:36px;font-weight:700;margin:8px 0 16px}
.qr{display:block;margin:0 auto}
.hint{color:#888;font-size:13px}
button{width:100%;padding:14px;font-size:18px;border:0;border-radius:8px;background:${brand.color};color:#fff;cursor:pointer}
.tick{width:56px;height:56px;line-height:56px;margin:8px auto;border-radius:50%;background:${brand.color};color:#fff;font-size:32px}
.state{font-size:22px;font-weight:600;margin:8px 0}
</style>
</head>
<body>
<header>${brand.name}</header>
<div class="badge">本地模拟网关 · 仅用于演示和测试</div>
<main>
${main}
</main>
</body>
</html>
`;
  }

  async function handlePayPage(method: OnlineMethod, outTradeNo: string, req: IncomingMessage, res: ServerResponse) {
    const t = trades.get(key(method, outTradeNo));
    if (req.method === 'POST') {
      if (!t || t.status === 'closed') {
        res.writeHead(t ? 409 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
        return res.end(await payPage(method, t, outTradeNo));
      }
      const wasPending = t.status === 'pending';
      try {
        markPaid(method, outTradeNo);
      } catch {
        res.writeHead(409, { 'Content-Type': 'text/html; charset=utf-8' });
        return res.end(await payPage(method, t, outTradeNo));
      }
      // Wait (briefly) for the first delivery so that the merchant knows by the time the buyer sees 支付成功;
      // retries go on in the background.
      if (wasPending) {
        const { first } = notify(t, {});
        await Promise.race([first, new Promise((r) => setTimeout(r, 5000).unref())]);
      }
      res.writeHead(303, { Location: `/pay/${method}/${encodeURIComponent(outTradeNo)}` });
      return res.end();
    }
    res.writeHead(t ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(await payPage(method, t, outTradeNo));
  }

  // ---------------------------------------------------------------- merchant centre (bill downloads)

  /** A Shanghai calendar day (YYYY-MM-DD) as its first or last instant. */
  const shanghaiDay = (day: string | null, end: boolean): Date | null => {
    if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
    const start = new Date(`${day}T00:00:00+08:00`);
    return end ? new Date(start.getTime() + 86_400_000 - 1) : start;
  };

  /**
   * GET /merchant/bill/{alipay|wechat}?from=YYYY-MM-DD&to=YYYY-MM-DD (default today, Asia/Shanghai): the
   * provider's bill file as a download, like the merchant centre's 下载账单.
   */
  function merchantBill(method: OnlineMethod, url: URL, res: import('node:http').ServerResponse) {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const from = shanghaiDay(url.searchParams.get('from') ?? today, false);
    const to = shanghaiDay(url.searchParams.get('to') ?? url.searchParams.get('from') ?? today, true);
    if (!from || !to) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('from / to: YYYY-MM-DD');
    }
    const text = billFile(method, [...trades.values()], from, to, {
      alipaySellerId: DEMO_ALIPAY_SELLER_ID,
      wechatAppId: DEMO_WECHAT_APP_ID,
      wechatMchId: DEMO_WECHAT_MCH_ID,
    });
    const name = `${method === 'alipay' ? 'alipay-bill' : 'wechatpay-bill'}-${url.searchParams.get('from') ?? today}.csv`;
    res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    });
    return res.end(`\ufeff${text}`);
  }

  function merchantPage(res: import('node:http').ServerResponse) {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>商家中心（本地模拟网关）</title><style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:640px;margin:32px auto;padding:0 16px;color:#222}
a{display:inline-block;margin:8px 12px 8px 0;padding:10px 16px;border-radius:6px;color:#fff;text-decoration:none}
.a{background:#1677ff}.w{background:#07c160}p{color:#666}</style></head><body>
<h1>商家中心</h1><p>本地模拟网关 · 仅用于演示和测试。下载今天（${today}）的账单，到「自动对账」导入。</p>
<a class="a" href="/merchant/bill/alipay?from=${today}">下载支付宝账单</a>
<a class="w" href="/merchant/bill/wechat?from=${today}">下载微信支付账单</a></body></html>`);
  }

  // ---------------------------------------------------------------- server

  const server = createServer((req, res) => {
    void (async () => {
      try {
        const url = new URL(req.url ?? '/', 'http://local');
        const body = await readBody(req);
        if (url.pathname === '/alipay/gateway.do' && req.method === 'POST') return handleAlipay(url, req, body, res);
        if (url.pathname.startsWith('/v3/')) return handleWechat(url, req, body, res);
        const bill = /^\/merchant\/bill\/(alipay|wechat)$/.exec(url.pathname);
        if (bill && req.method === 'GET') return merchantBill(bill[1] as OnlineMethod, url, res);
        if (url.pathname === '/merchant' && req.method === 'GET') return merchantPage(res);
        const page = /^\/pay\/(alipay|wechat)\/([^/]+)$/.exec(url.pathname);
        if (page && (req.method === 'GET' || req.method === 'POST')) {
          return await handlePayPage(page[1] as OnlineMethod, decodeURIComponent(page[2]), req, res);
        }
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('本地模拟网关：没有这个地址');
      } catch (err) {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`local gateway error: ${(err as Error).message}`);
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const localHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  apiBase = `http://${localHost}:${port}`;
  publicBase = (opts.publicUrl ?? apiBase).replace(/\/+$/, '');

  return {
    url: publicBase,
    alipay: {
      appId: DEMO_ALIPAY_APP_ID,
      privateKey: DEMO_ALIPAY_APP_PRIVATE_KEY,
      alipayPublicKey: DEMO_ALIPAY_PLATFORM_PUBLIC_KEY,
      gateway: `${apiBase}/alipay/gateway.do`,
    },
    wechat: {
      appId: DEMO_WECHAT_APP_ID,
      mchId: DEMO_WECHAT_MCH_ID,
      merchantSerialNo: DEMO_WECHAT_MERCHANT_SERIAL,
      privateKey: DEMO_WECHAT_MERCHANT_PRIVATE_KEY,
      merchantCertificate: DEMO_WECHAT_MERCHANT_CERTIFICATE,
      apiV3Key: DEMO_WECHAT_API_V3_KEY,
      platformCertificate: DEMO_WECHAT_PLATFORM_CERTIFICATE,
      platformSerial: DEMO_WECHAT_PLATFORM_SERIAL,
      baseUrl: apiBase,
    },
    async pay(method, outTradeNo, o = {}) {
      const t = markPaid(method, outTradeNo, o.payer);
      return notify(t, o).all;
    },
    bill(method, from, to) {
      return billFile(method, [...trades.values()], from, to, {
        alipaySellerId: DEMO_ALIPAY_SELLER_ID,
        wechatAppId: DEMO_WECHAT_APP_ID,
        wechatMchId: DEMO_WECHAT_MCH_ID,
      });
    },
    trades() {
      return [...trades.values()].map((t) => {
        const refunded = refundedOf(t);
        return {
          method: t.method,
          outTradeNo: t.outTradeNo,
          tradeNo: t.tradeNo,
          amount: t.amount,
          status: t.status === 'paid' && refunded >= t.amount ? 'refunded' : t.status,
          subject: t.subject,
          paidAt: t.paidAt,
          refundedAmount: refunded || undefined,
          notifyUrl: t.notifyUrl || undefined,
        };
      });
    },
    async close() {
      closed = true;
      for (const entry of timers) {
        clearTimeout(entry.timer);
        entry.resolve();
      }
      timers.clear();
      await Promise.allSettled([...background]);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
