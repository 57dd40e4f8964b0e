/**
 * What the payments service sees of an online payment provider (Alipay, WeChat Pay). The real clients are in
 * alipay.ts and wechat.ts; local-gateway.ts is a local stand-in of both providers for tests and the demo.
 *
 * Money is integer fen everywhere here; each client converts to what its wire format uses.
 */

export type OnlineMethod = 'alipay' | 'wechat';

export interface ProviderPaymentRequest {
  /** Our number of the trade (unique per payment attempt). WeChat: 6–32 characters of [A-Za-z0-9_\-|*]. */
  outTradeNo: string;
  /** Integer fen. */
  amount: number;
  /** Shown to the buyer (WeChat keeps the first 127 characters). */
  subject: string;
  /** Where the provider POSTs the asynchronous notification (must be reachable by the provider). */
  notifyUrl: string;
  /** Optional: after this the trade can no longer be paid (Alipay time_expire, WeChat time_expire). */
  expiresAt?: Date;
}

export interface CreatedPayment {
  /** QR code content; with the local gateway it is an http URL of its pay page. */
  codeUrl: string;
}

export interface PaidNotice {
  outTradeNo: string;
  /** The provider's trade number (Alipay trade_no, WeChat transaction_id). */
  tradeNo: string;
  /** Integer fen, exactly as the provider sent it: compare it with the expected amount. */
  amount: number;
  paidAt: Date;
  /** Alipay buyer_logon_id (masked) or buyer_id; WeChat payer.openid. */
  payer: string | null;
  /** The decoded notification (Alipay form fields; WeChat decrypted resource). */
  raw: Record<string, unknown>;
  /** The provider's id of the notification (Alipay notify_id, WeChat notification id), same on retries. */
  notifyId?: string;
}

export interface NotificationRequest {
  headers: Record<string, string | string[] | undefined>;
  /** The request body exactly as received (not re-serialized: signatures cover the raw bytes). */
  rawBody: string;
}

export interface NotificationAck {
  status: number;
  contentType: string;
  body: string;
}

/** A notification that must not be trusted: bad signature, undecryptable, wrong app id / mch id, malformed. */
export class NotificationRejected extends Error {
  constructor(readonly reason: string) {
    super(`notification rejected: ${reason}`);
    this.name = 'NotificationRejected';
  }
}

/** A provider call that the provider refused or that could not be trusted (bad response signature, …). */
export class ProviderRequestError extends Error {
  constructor(
    message: string,
    /** Alipay sub_code (or code), WeChat error code, or one of ours: HTTP_ERROR, BAD_RESPONSE, BAD_RESPONSE_SIGNATURE. */
    readonly code: string,
    readonly httpStatus?: number,
  ) {
    super(message);
    this.name = 'ProviderRequestError';
  }
}

/** Our ProviderRequestError codes after which a request may or may not have taken effect. */
export const UNKNOWN_OUTCOME: ReadonlySet<string> = new Set(['HTTP_ERROR', 'BAD_RESPONSE', 'BAD_RESPONSE_SIGNATURE']);

export interface PaymentQueryResult {
  /**
   * paid: the buyer paid (also when refunded since on WeChat); pending: waiting for the buyer;
   * closed: closed unpaid — on Alipay also a trade that was refunded in full (TRADE_CLOSED);
   * not_found: the provider does not know it (Alipay creates a precreate trade only once the buyer scans).
   */
  state: 'paid' | 'pending' | 'closed' | 'not_found';
  tradeNo?: string;
  amount?: number;
  paidAt?: Date;
}

export interface RefundRequest {
  outTradeNo: string;
  /** Our refund number: retrying with the same number never refunds twice. */
  outRefundNo: string;
  /** Fen to refund now. */
  amount: number;
  /** Fen of the original payment (WeChat needs it). */
  totalAmount: number;
  reason: string;
}

export interface RefundResult {
  /** pending: accepted but not finished, or unknown (network/system error): retry later with the same outRefundNo. */
  state: 'succeeded' | 'pending' | 'failed';
  /** WeChat refund_id; Alipay has no refund id, this is its trade_no. */
  refundNo?: string;
  message?: string;
}

export interface OnlineProvider {
  readonly method: OnlineMethod;
  /** Throws ProviderRequestError when refused. */
  createPayment(req: ProviderPaymentRequest): Promise<CreatedPayment>;
  /**
   * Verifies the signature and decodes. Returns null for a valid notification that is not a payment success
   * (e.g. WAIT_BUYER_PAY, TRADE_CLOSED, a refund). Throws NotificationRejected otherwise.
   */
  verifyNotification(req: NotificationRequest): Promise<PaidNotice | null>;
  /**
   * What to answer the provider: ok=true means "received, stop retrying". Alipay: text 'success' / 'fail';
   * WeChat v3: 200 JSON {code:'SUCCESS'} / 500 JSON {code:'FAIL', message}.
   */
  ack(ok: boolean): NotificationAck;
  queryPayment(outTradeNo: string): Promise<PaymentQueryResult>;
  refund(req: RefundRequest): Promise<RefundResult>;
  /**
   * Closes an unpaid trade so that it can no longer be paid. A trade the provider does not know counts as closed.
   * Alipay creates a precreate trade only when the buyer scans, so closing an unscanned one does not stop a later
   * scan: pass expiresAt when creating, and still accept (and refund) a payment that arrives after a close.
   */
  closePayment?(outTradeNo: string): Promise<void>;
}

/** 1234 → "12.34" (exact, integer arithmetic). */
export function fenToYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount must be an integer number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "12.34" / "12.3" / "12" → 1234 / 1230 / 1200, parsed as a string (no floating point). Null when malformed. */
export function yuanToFen(yuan: string): number | null {
  const m = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!m) return null;
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' && fen !== 0 ? -fen : fen;
}
