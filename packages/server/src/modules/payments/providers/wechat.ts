/**
 * WeChat Pay API v3 (直连商户, Native pay), a small client of our own on node:crypto and fetch.
 *
 * Why not wechatpay-node-v3 (installed, and read): it hard-codes https://api.mch.weixin.qq.com in every method (only
 * the HTTP transport can be swapped through createHttp, so another base URL means rewriting URLs behind its back);
 * it never verifies the signature of API responses; its decipher_gcm() never calls final(), so the GCM tag is not
 * checked and a forged notification resource decrypts to garbage instead of failing; it knows platform
 * certificates only from the deprecated /v3/certificates into a process-wide static cache, not the 微信支付公钥
 * mode of newer merchants; and it needs a merchant certificate or serial parsing via @fidm/x509. The protocol
 * itself is small (one RSA-SHA256 signature each way and AES-256-GCM), so it is written out here.
 *
 * Protocol (https://pay.weixin.qq.com/doc/v3/merchant/4012365342):
 * - request: Authorization: WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",signature="…",timestamp="…",serial_no="…"
 *   where signature = base64(RSA-SHA256(merchant key, "METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n"));
 * - response and notification: Wechatpay-Timestamp / -Nonce / -Signature / -Serial headers, signature over
 *   "TIMESTAMP\nNONCE\nBODY\n" with the platform certificate's key (or the 微信支付公钥, serial PUB_KEY_ID_…);
 * - notification resource: AEAD_AES_256_GCM, key = APIv3 key, nonce and associated_data given, tag = last 16 bytes.
 */
import { createDecipheriv, type KeyObject, randomBytes, sign, verify, X509Certificate } from 'node:crypto';
import {
  type NotificationAck,
  NotificationRejected,
  type NotificationRequest,
  type OnlineProvider,
  type PaidNotice,
  type PaymentQueryResult,
  ProviderRequestError,
  type RefundResult,
  UNKNOWN_OUTCOME,
} from './provider.ts';
import { headerValue, loadPrivateKey, loadPublicKey, shanghaiRfc3339 } from './util.ts';

export interface WechatSettings {
  appId: string;
  mchId: string;
  /** Serial number of the merchant API certificate (商户API证书序列号). */
  merchantSerialNo: string;
  /** PEM merchant API private key (apiclient_key.pem). */
  privateKey: string;
  /** apiclient_cert.pem: only used to read the serial number when merchantSerialNo is empty. */
  merchantCertificate?: string;
  /** APIv3 key, 32 characters. */
  apiV3Key: string;
  /**
   * PEM of the platform (WeChat Pay) certificate or 微信支付公钥 used to verify responses and notifications.
   * When absent, the platform certificates are downloaded from /v3/certificates (and decrypted with apiV3Key).
   */
  platformCertificate?: string;
  /** Its serial (Wechatpay-Serial: certificate serial, or PUB_KEY_ID_… for the public key mode); checked when set. */
  platformSerial?: string;
  /** Real: https://api.mch.weixin.qq.com (backup https://api2.mch.weixin.qq.com). */
  baseUrl: string;
}

const AUTH_SCHEME = 'WECHATPAY2-SHA256-RSA2048';
/** WeChat Pay refuses, and we refuse, signed messages more than 5 minutes off. */
const MAX_CLOCK_SKEW_S = 300;
const TIMEOUT_MS = 10_000;

interface WechatResponse {
  status: number;
  body: Record<string, unknown>;
}

/** AEAD_AES_256_GCM decryption of a WeChat Pay resource (throws when the tag does not match). */
export function decryptWechatResource(
  r: { ciphertext: string; nonce: string; associated_data?: string },
  apiV3Key: string,
): string {
  const data = Buffer.from(r.ciphertext, 'base64');
  if (data.length < 17) throw new Error('ciphertext too short');
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(apiV3Key, 'utf8'), Buffer.from(r.nonce, 'utf8'));
  decipher.setAuthTag(data.subarray(data.length - 16));
  decipher.setAAD(Buffer.from(r.associated_data ?? '', 'utf8'));
  return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8');
}

export function createWechatProvider(s: WechatSettings): OnlineProvider {
  const baseUrl = s.baseUrl.replace(/\/+$/, '');
  const merchantKey = loadPrivateKey(s.privateKey);
  const merchantSerial =
    s.merchantSerialNo || (s.merchantCertificate ? new X509Certificate(s.merchantCertificate).serialNumber : '');
  if (!merchantSerial) throw new Error('WechatSettings.merchantSerialNo (or merchantCertificate) is required');
  if (Buffer.byteLength(s.apiV3Key, 'utf8') !== 32) throw new Error('WechatSettings.apiV3Key must be 32 characters');

  const configured = s.platformCertificate
    ? {
        key: loadPublicKey(s.platformCertificate),
        serial:
          s.platformSerial ??
          (s.platformCertificate.includes('CERTIFICATE')
            ? new X509Certificate(s.platformCertificate).serialNumber
            : ''),
      }
    : null;
  /** Downloaded platform certificates by serial (when no platformCertificate is configured). */
  let downloaded: Map<string, KeyObject> | null = null;
  let downloadedAt = 0;

  function authorization(method: string, pathAndQuery: string, body: string): string {
    const timestamp = Math.floor(Date.now() / 1000).toString();
    const nonce = randomBytes(16).toString('hex').toUpperCase();
    const message = `${method}\n${pathAndQuery}\n${timestamp}\n${nonce}\n${body}\n`;
    const signature = sign('sha256', Buffer.from(message, 'utf8'), merchantKey).toString('base64');
    return `${AUTH_SCHEME} mchid="${s.mchId}",nonce_str="${nonce}",signature="${signature}",timestamp="${timestamp}",serial_no="${merchantSerial}"`;
  }

  async function send(method: 'GET' | 'POST', path: string, body?: unknown) {
    const url = new URL(baseUrl + path);
    const text = body === undefined ? '' : JSON.stringify(body);
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'User-Agent': 'dinghuo-server',
      Authorization: authorization(method, url.pathname + url.search, text),
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(url, { method, headers, body: text || undefined, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (err) {
      throw new ProviderRequestError(`WeChat Pay ${method} ${path}: ${(err as Error).message}`, 'HTTP_ERROR');
    }
    const responseHeaders: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      responseHeaders[k] = v;
    });
    return { status: res.status, text: await res.text(), headers: responseHeaders };
  }

  function signedMessage(headers: Record<string, string | string[] | undefined>, body: string) {
    const timestamp = headerValue(headers, 'wechatpay-timestamp');
    const nonce = headerValue(headers, 'wechatpay-nonce');
    const signature = headerValue(headers, 'wechatpay-signature');
    const serial = headerValue(headers, 'wechatpay-serial') ?? '';
    if (!timestamp || !nonce || !signature) return null;
    return { timestamp, signature, serial, message: Buffer.from(`${timestamp}\n${nonce}\n${body}\n`, 'utf8') };
  }

  async function downloadCertificates(): Promise<Map<string, KeyObject>> {
    const r = await send('GET', '/v3/certificates');
    if (r.status !== 200) {
      throw new ProviderRequestError(
        `WeChat Pay GET /v3/certificates: HTTP ${r.status} ${r.text}`,
        'HTTP_ERROR',
        r.status,
      );
    }
    const keys = new Map<string, KeyObject>();
    try {
      const list = (JSON.parse(r.text) as { data: Array<{ serial_no: string; encrypt_certificate: never }> }).data;
      for (const item of list) {
        const pem = decryptWechatResource(item.encrypt_certificate, s.apiV3Key);
        keys.set(item.serial_no, new X509Certificate(pem).publicKey);
      }
    } catch (err) {
      throw new ProviderRequestError(`WeChat Pay /v3/certificates: ${(err as Error).message}`, 'BAD_RESPONSE');
    }
    // The list is authentic only if it decrypts with our APIv3 key and one of its certificates signed it.
    const m = signedMessage(r.headers, r.text);
    const key = m && keys.get(m.serial);
    if (!m || !key || !verify('sha256', m.message, key, Buffer.from(m.signature, 'base64'))) {
      throw new ProviderRequestError('WeChat Pay /v3/certificates: bad response signature', 'BAD_RESPONSE_SIGNATURE');
    }
    return keys;
  }

  /** The platform key for a Wechatpay-Serial, or null when it is not one we trust. */
  async function platformKey(serial: string): Promise<KeyObject | null> {
    if (configured) return configured.serial && serial !== configured.serial ? null : configured.key;
    // Platform certificates rotate: look again for an unknown serial, at most once a minute.
    if (!downloaded || (!downloaded.has(serial) && Date.now() - downloadedAt > 60_000)) {
      downloaded = await downloadCertificates();
      downloadedAt = Date.now();
    }
    return downloaded.get(serial) ?? null;
  }

  /** Verifies a signed message; returns the reason when it is not trustworthy. */
  async function checkSignature(headers: Record<string, string | string[] | undefined>, body: string) {
    const m = signedMessage(headers, body);
    if (!m) return 'Wechatpay-Timestamp / -Nonce / -Signature missing';
    const ts = Number(m.timestamp);
    if (!Number.isFinite(ts) || Math.abs(Date.now() / 1000 - ts) > MAX_CLOCK_SKEW_S) {
      return `Wechatpay-Timestamp ${m.timestamp} is more than 5 minutes off`;
    }
    const key = await platformKey(m.serial);
    if (!key) return `unknown Wechatpay-Serial ${m.serial}`;
    if (!verify('sha256', m.message, key, Buffer.from(m.signature, 'base64'))) return 'bad signature';
    return null;
  }

  /** A signed API call: 2xx answers must carry a valid signature; error answers are checked when signed. */
  async function request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<WechatResponse> {
    const r = await send(method, path, body);
    const ok = r.status >= 200 && r.status < 300;
    if (ok || headerValue(r.headers, 'wechatpay-signature')) {
      const problem = await checkSignature(r.headers, r.text);
      if (problem) {
        throw new ProviderRequestError(
          `WeChat Pay ${method} ${path}: response ${problem}`,
          'BAD_RESPONSE_SIGNATURE',
          r.status,
        );
      }
    }
    let parsed: Record<string, unknown> = {};
    if (r.text) {
      try {
        parsed = JSON.parse(r.text) as Record<string, unknown>;
      } catch {
        throw new ProviderRequestError(
          `WeChat Pay ${method} ${path}: HTTP ${r.status} ${r.text.slice(0, 200)}`,
          'BAD_RESPONSE',
          r.status,
        );
      }
    }
    return { status: r.status, body: parsed };
  }

  function refused(what: string, r: WechatResponse): ProviderRequestError {
    const code = typeof r.body.code === 'string' ? r.body.code : 'HTTP_ERROR';
    return new ProviderRequestError(
      `WeChat Pay ${what}: HTTP ${r.status} ${code} ${String(r.body.message ?? '')}`,
      code,
      r.status,
    );
  }

  const tradePath = (outTradeNo: string) => `/v3/pay/transactions/out-trade-no/${encodeURIComponent(outTradeNo)}`;

  const provider: OnlineProvider = {
    method: 'wechat',

    async createPayment(req) {
      const body: Record<string, unknown> = {
        appid: s.appId,
        mchid: s.mchId,
        description: Array.from(req.subject).slice(0, 127).join(''),
        out_trade_no: req.outTradeNo,
        notify_url: req.notifyUrl,
        amount: { total: req.amount, currency: 'CNY' },
      };
      if (req.expiresAt) body.time_expire = shanghaiRfc3339(req.expiresAt);
      const r = await request('POST', '/v3/pay/transactions/native', body);
      if (r.status !== 200 || typeof r.body.code_url !== 'string') throw refused('native', r);
      return { codeUrl: r.body.code_url };
    },

    async verifyNotification(req: NotificationRequest): Promise<PaidNotice | null> {
      let problem: string | null;
      try {
        problem = await checkSignature(req.headers, req.rawBody);
      } catch (err) {
        // Could not fetch the platform certificates: not verifiable now (the provider retries).
        throw new NotificationRejected(`cannot verify: ${(err as Error).message}`);
      }
      if (problem) throw new NotificationRejected(problem);
      let event: {
        id?: string;
        event_type?: string;
        resource?: { algorithm?: string; ciphertext: string; nonce: string; associated_data?: string };
      };
      try {
        event = JSON.parse(req.rawBody);
      } catch {
        throw new NotificationRejected('malformed: body is not JSON');
      }
      const resource = event.resource;
      if (resource?.algorithm !== 'AEAD_AES_256_GCM' || !resource.ciphertext || !resource.nonce) {
        throw new NotificationRejected('malformed: no AEAD_AES_256_GCM resource');
      }
      let data: Record<string, unknown>;
      try {
        data = JSON.parse(decryptWechatResource(resource, s.apiV3Key));
      } catch {
        throw new NotificationRejected('resource does not decrypt with the APIv3 key');
      }
      if (data.mchid !== s.mchId && data.sp_mchid !== s.mchId) {
        throw new NotificationRejected(`mchid ${String(data.mchid)} is not ours`);
      }
      if (data.appid !== undefined && data.appid !== s.appId) {
        throw new NotificationRejected(`appid ${String(data.appid)} is not ours`);
      }
      if (event.event_type !== 'TRANSACTION.SUCCESS' || data.trade_state !== 'SUCCESS') return null;
      const amount = (data.amount as { total?: unknown } | undefined)?.total;
      if (typeof data.out_trade_no !== 'string' || typeof data.transaction_id !== 'string') {
        throw new NotificationRejected('malformed: out_trade_no or transaction_id missing');
      }
      if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) {
        throw new NotificationRejected('malformed: amount.total');
      }
      const paidAt = new Date(String(data.success_time));
      const openid = (data.payer as { openid?: unknown } | undefined)?.openid;
      return {
        outTradeNo: data.out_trade_no,
        tradeNo: data.transaction_id,
        amount,
        paidAt: Number.isNaN(paidAt.getTime()) ? new Date() : paidAt,
        payer: typeof openid === 'string' ? openid : null,
        raw: data,
        notifyId: event.id,
      };
    },

    ack(ok: boolean): NotificationAck {
      return ok
        ? { status: 200, contentType: 'application/json; charset=utf-8', body: '{"code":"SUCCESS","message":"成功"}' }
        : { status: 500, contentType: 'application/json; charset=utf-8', body: '{"code":"FAIL","message":"失败"}' };
    },

    async queryPayment(outTradeNo): Promise<PaymentQueryResult> {
      const r = await request('GET', `${tradePath(outTradeNo)}?mchid=${encodeURIComponent(s.mchId)}`);
      if (r.status === 404 || r.body.code === 'ORDER_NOT_EXIST') return { state: 'not_found' };
      if (r.status !== 200) throw refused('query', r);
      const b = r.body as {
        trade_state?: string;
        transaction_id?: string;
        success_time?: string;
        amount?: { total?: number };
      };
      const tradeNo = b.transaction_id || undefined;
      const amount = b.amount?.total;
      switch (b.trade_state) {
        case 'SUCCESS':
        case 'REFUND':
          return { state: 'paid', tradeNo, amount, paidAt: b.success_time ? new Date(b.success_time) : undefined };
        case 'CLOSED':
        case 'REVOKED':
        case 'PAYERROR':
          return { state: 'closed', tradeNo, amount };
        default: // NOTPAY, USERPAYING
          return { state: 'pending', tradeNo, amount };
      }
    },

    async refund(req): Promise<RefundResult> {
      let r: WechatResponse;
      try {
        r = await request('POST', '/v3/refund/domestic/refunds', {
          out_trade_no: req.outTradeNo,
          out_refund_no: req.outRefundNo,
          reason: Array.from(req.reason).slice(0, 80).join('') || undefined,
          amount: { refund: req.amount, total: req.totalAmount, currency: 'CNY' },
        });
      } catch (err) {
        // Sent but no (trustworthy) answer: it may have happened. Retrying with the same out_refund_no is safe.
        if (err instanceof ProviderRequestError && UNKNOWN_OUTCOME.has(err.code)) {
          return { state: 'pending', message: err.message };
        }
        throw err;
      }
      const refundNo = typeof r.body.refund_id === 'string' ? r.body.refund_id : undefined;
      if (r.status !== 200) {
        const code = String(r.body.code ?? r.status);
        const message = `${code} ${String(r.body.message ?? '')}`.trim();
        if (r.status >= 500 || code === 'SYSTEM_ERROR' || code === 'FREQUENCY_LIMITED')
          return { state: 'pending', message };
        return { state: 'failed', message };
      }
      switch (r.body.status) {
        case 'SUCCESS':
          return { state: 'succeeded', refundNo };
        case 'PROCESSING':
          return { state: 'pending', refundNo };
        default: // CLOSED, ABNORMAL
          return { state: 'failed', refundNo, message: `refund ${String(r.body.status)}` };
      }
    },

    async closePayment(outTradeNo) {
      const r = await request('POST', `${tradePath(outTradeNo)}/close`, { mchid: s.mchId });
      if (r.status === 204 || r.status === 200 || r.status === 404 || r.body.code === 'ORDER_NOT_EXIST') return;
      if (r.body.code === 'ORDER_CLOSED') return;
      throw refused('close', r);
    },
  };
  return provider;
}
