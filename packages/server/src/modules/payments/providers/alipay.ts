import { AlipaySdk, type AlipaySdkCommonResult } from 'alipay-sdk';
import {
  fenToYuan,
  type NotificationAck,
  NotificationRejected,
  type NotificationRequest,
  type OnlineProvider,
  type PaidNotice,
  type PaymentQueryResult,
  ProviderRequestError,
  type RefundResult,
  UNKNOWN_OUTCOME,
  yuanToFen,
} from './provider.ts';
import { loadPrivateKey, loadPublicKey, parseShanghaiDateTime, shanghaiDateTime } from './util.ts';

export interface AlipaySettings {
  appId: string;
  /** Merchant application private key: PEM (PKCS#8 or PKCS#1) or the bare base64 from Alipay's key tool. */
  privateKey: string;
  /** 支付宝公钥 (not the application public key): PEM or bare base64. */
  alipayPublicKey: string;
  /** OpenAPI v2 gateway URL, real: https://openapi.alipay.com/gateway.do (sandbox: https://openapi-sandbox.dl.alipaydev.com/gateway.do). */
  gateway: string;
}

const PAID_STATUSES = new Set(['TRADE_SUCCESS', 'TRADE_FINISHED']);

/**
 * Alipay (OpenAPI v2, RSA2 with the public-key mode, not the certificate mode) through alipay-sdk:
 * 当面付 precreate (the buyer scans qr_code), query, refund, close and the asynchronous notification.
 */
export function createAlipayProvider(s: AlipaySettings): OnlineProvider {
  const sdk = new AlipaySdk({
    appId: s.appId,
    // alipay-sdk rewraps the key text itself and only knows "PKCS8" / "PKCS1" by name; hand it a PKCS#8 PEM
    // without a trailing newline (its formatKey() would keep the END line otherwise).
    privateKey: loadPrivateKey(s.privateKey).export({ type: 'pkcs8', format: 'pem' }).toString().trim(),
    keyType: 'PKCS8',
    alipayPublicKey: loadPublicKey(s.alipayPublicKey).export({ type: 'spki', format: 'pem' }).toString().trim(),
    gateway: s.gateway,
    signType: 'RSA2',
    camelcase: false,
    timeout: 10_000,
  });

  async function call(
    method: string,
    bizContent: Record<string, unknown>,
    extra: Record<string, string> = {},
  ): Promise<AlipaySdkCommonResult> {
    try {
      // The SDK stamps `timestamp` in the process's local time zone; Alipay reads it as Beijing time.
      return await sdk.exec(
        method,
        { ...extra, timestamp: shanghaiDateTime(new Date()), bizContent },
        { validateSign: true },
      );
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      // checkResponseSign throws "验签失败…" (or a TypeError when the sign is missing).
      let code = 'HTTP_ERROR';
      if (/验签|signature/i.test(message) || err instanceof TypeError) code = 'BAD_RESPONSE_SIGNATURE';
      else if (message.includes('格式错误')) code = 'BAD_RESPONSE';
      throw new ProviderRequestError(`Alipay ${method}: ${message}`, code);
    }
  }

  function refused(method: string, r: AlipaySdkCommonResult): ProviderRequestError {
    return new ProviderRequestError(
      `Alipay ${method}: ${r.code} ${r.msg}${r.sub_code ? ` ${r.sub_code} ${r.sub_msg ?? ''}` : ''}`.trim(),
      r.sub_code ?? r.code,
    );
  }

  const provider: OnlineProvider = {
    method: 'alipay',

    async createPayment(req) {
      const biz: Record<string, unknown> = {
        out_trade_no: req.outTradeNo,
        total_amount: fenToYuan(req.amount),
        subject: req.subject.slice(0, 256),
      };
      if (req.expiresAt) biz.time_expire = shanghaiDateTime(req.expiresAt);
      const r = await call('alipay.trade.precreate', biz, { notifyUrl: req.notifyUrl });
      if (r.code !== '10000' || typeof r.qr_code !== 'string') throw refused('alipay.trade.precreate', r);
      return { codeUrl: r.qr_code };
    },

    async verifyNotification(req: NotificationRequest): Promise<PaidNotice | null> {
      const params: Record<string, string> = {};
      for (const [k, v] of new URLSearchParams(req.rawBody)) {
        // Alipay signs the non-empty parameters only (alipay-sdk would include empty ones).
        if (v !== '') params[k] = v;
      }
      if (!params.sign) throw new NotificationRejected('no sign (not an Alipay form notification)');
      let signed = false;
      try {
        signed = sdk.checkNotifySignV2(params);
      } catch {
        signed = false;
      }
      if (!signed) throw new NotificationRejected('bad signature');
      if (params.app_id !== s.appId) throw new NotificationRejected(`app_id ${params.app_id ?? '(none)'} is not ours`);
      if (!params.out_trade_no || !params.trade_no || !params.trade_status) {
        throw new NotificationRejected('malformed: out_trade_no, trade_no or trade_status missing');
      }
      // A refund also notifies with trade_status TRADE_SUCCESS (plus refund_fee, gmt_refund, out_biz_no).
      if (!PAID_STATUSES.has(params.trade_status) || params.gmt_refund || params.refund_fee || params.out_biz_no) {
        return null;
      }
      const amount = yuanToFen(params.total_amount ?? '');
      if (amount === null) throw new NotificationRejected(`malformed total_amount ${params.total_amount}`);
      return {
        outTradeNo: params.out_trade_no,
        tradeNo: params.trade_no,
        amount,
        paidAt: parseShanghaiDateTime(params.gmt_payment) ?? parseShanghaiDateTime(params.notify_time) ?? new Date(),
        payer: params.buyer_logon_id ?? params.buyer_id ?? null,
        raw: params,
        notifyId: params.notify_id,
      };
    },

    ack(ok: boolean): NotificationAck {
      return { status: 200, contentType: 'text/plain; charset=utf-8', body: ok ? 'success' : 'fail' };
    },

    async queryPayment(outTradeNo): Promise<PaymentQueryResult> {
      const r = await call('alipay.trade.query', { out_trade_no: outTradeNo });
      if (r.code !== '10000') {
        if (r.sub_code === 'ACQ.TRADE_NOT_EXIST') return { state: 'not_found' };
        throw refused('alipay.trade.query', r);
      }
      const status = String(r.trade_status ?? '');
      const amount = yuanToFen(String(r.total_amount ?? '')) ?? undefined;
      const tradeNo = r.trade_no ? String(r.trade_no) : undefined;
      if (PAID_STATUSES.has(status)) {
        return { state: 'paid', tradeNo, amount, paidAt: parseShanghaiDateTime(r.send_pay_date) ?? undefined };
      }
      if (status === 'TRADE_CLOSED') return { state: 'closed', tradeNo, amount };
      return { state: 'pending', tradeNo, amount };
    },

    async refund(req): Promise<RefundResult> {
      let r: AlipaySdkCommonResult;
      try {
        r = await call('alipay.trade.refund', {
          out_trade_no: req.outTradeNo,
          refund_amount: fenToYuan(req.amount),
          out_request_no: req.outRefundNo,
          refund_reason: req.reason.slice(0, 256),
        });
      } catch (err) {
        // Sent but no (trustworthy) answer: it may have happened. Retrying with the same out_request_no is safe.
        if (err instanceof ProviderRequestError && UNKNOWN_OUTCOME.has(err.code)) {
          return { state: 'pending', message: err.message };
        }
        throw err;
      }
      if (r.code !== '10000') {
        const message = `${r.sub_code ?? r.code} ${r.sub_msg ?? r.msg}`;
        if (r.code === '20000' || r.sub_code === 'ACQ.SYSTEM_ERROR') return { state: 'pending', message };
        return { state: 'failed', message };
      }
      const tradeNo = r.trade_no ? String(r.trade_no) : undefined;
      if (r.fund_change === 'Y') return { state: 'succeeded', refundNo: tradeNo };
      // fund_change N: no money moved by this call (e.g. a retry of a refund that already happened): ask.
      const q = await call('alipay.trade.fastpay.refund.query', {
        out_trade_no: req.outTradeNo,
        out_request_no: req.outRefundNo,
      });
      if (q.code === '10000' && q.refund_status === 'REFUND_SUCCESS') return { state: 'succeeded', refundNo: tradeNo };
      return { state: 'pending', refundNo: tradeNo, message: 'refund accepted, not finished yet' };
    },

    async closePayment(outTradeNo) {
      const r = await call('alipay.trade.close', { out_trade_no: outTradeNo });
      // Alipay only creates a precreate trade once the buyer scans: an unknown trade cannot be paid either.
      if (r.code === '10000' || r.sub_code === 'ACQ.TRADE_NOT_EXIST') return;
      throw refused('alipay.trade.close', r);
    },
  };
  return provider;
}
