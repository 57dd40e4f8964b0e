import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import multipart from '@fastify/multipart';
import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { App } from '../../lib/app-types.ts';
import { actorOf, audit } from '../../lib/audit.ts';
import { AppError, validationFailed } from '../../lib/errors.ts';
import { idempotent } from '../../lib/idempotency.ts';
import { IdParams } from '../../lib/schema-types.ts';
import { readUpload } from '../../lib/upload.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { IdempotencyHeaders } from '../orders/orders.schemas.ts';
import { assertCustomerInScope } from '../pricing/price-inputs.ts';
import { creditPosition } from './credit.ts';
import { accountBalance } from './ledger.ts';
import {
  customerMethods,
  getPaymentSettings,
  maskedPaymentSettings,
  providerFor,
  updatePaymentSettings,
} from './payment-settings.ts';
import {
  ageingReport,
  getBill,
  getCredit,
  getPayment,
  getWallet,
  listBills,
  listPayments,
  listRefunds,
  paymentVoucher,
} from './payments.query.ts';
import {
  AccountMoneyBody,
  AccountParams,
  AdjustBody,
  AgeingQuery,
  AgeingReport,
  BillList,
  BillListQuery,
  BillView,
  CompleteRefundBody,
  ConfirmBody,
  CreditView,
  PaymentList,
  PaymentListQuery,
  PaymentOptions,
  PaymentOptionsQuery,
  PaymentSettings,
  PaymentSettingsPatch,
  PaymentView,
  PayOrderBody,
  RefundBody,
  RefundList,
  RefundListQuery,
  RejectBody,
  VoucherParams,
  WalletView,
} from './payments.schemas.ts';
import {
  adjustAccount,
  applyPaidNotice,
  confirmPayment,
  type MoneyContext,
  payOrder,
  receiveAccountMoney,
  rejectPayment,
} from './payments.service.ts';
import { NotificationRejected, type OnlineMethod } from './providers/provider.ts';
import { completeRefund, processOnlineRefund, refundPayment } from './refunds.service.ts';

const MAX_VOUCHER_BYTES = 5 * 1024 * 1024;
const MAX_VOUCHERS = 5;
const voucherTypes: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
};

/** What a voucher file is, by its first bytes: JPEG, PNG, WebP or PDF; anything else is refused. */
function voucherKind(data: Buffer): string | null {
  if (data[0] === 0xff && data[1] === 0xd8) return 'jpg';
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (data.subarray(0, 4).toString() === 'RIFF' && data.subarray(8, 12).toString() === 'WEBP') return 'webp';
  if (data.subarray(0, 5).toString() === '%PDF-') return 'pdf';
  return null;
}

const moneyContext = (request: FastifyRequest): MoneyContext => ({
  baseUrl: `${request.protocol}://${request.host}`,
});

/** Payments (收款): paying orders, wallet and credit accounts, refunds, bills, provider notifications. */
export async function paymentsRoutes(app: App) {
  const db = app.deps.database.db;
  const vouchersDir = path.join(app.deps.config.dataDir, 'vouchers');
  const tags = ['payments'];
  await app.register(multipart, { limits: { fileSize: MAX_VOUCHER_BYTES, files: 1 } });

  /** Money into an account, a wallet top-up or a credit repayment: the same call for both. */
  const accountMoneyRoute = (url: string, purpose: 'top_up' | 'repayment', summary: string) =>
    app.post(
      url,
      {
        config: { access: 'payments:create' },
        schema: {
          tags,
          summary,
          params: IdParams,
          headers: IdempotencyHeaders,
          body: AccountMoneyBody,
          response: { 201: PaymentView },
        },
      },
      async (request, reply) => {
        const user = currentUser(request);
        const result = await idempotent(
          db,
          {
            userId: user.id,
            scope: `POST ${url.replace(':id', String(request.params.id))}`,
            key: request.headers['idempotency-key'],
            body: request.body,
          },
          201,
          (tx) => receiveAccountMoney(tx, user, request.params.id, purpose, request.body, moneyContext(request)),
        );
        if (result.replayed) reply.header('idempotent-replayed', 'true');
        return reply.status(201).send(result.body);
      },
    );

  app.post(
    '/api/orders/:id/payments',
    {
      config: { access: 'payments:create' },
      schema: {
        tags,
        summary:
          'Pay (part of) an order: wallet and credit at once (409 INSUFFICIENT_BALANCE / CREDIT_LIMIT_EXCEEDED), offline pending until finance confirms, alipay / wechat pending with a QR code. Idempotency-Key makes a retry return the first result',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: PayOrderBody,
        response: { 201: PaymentView },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const result = await idempotent(
        db,
        {
          userId: user.id,
          scope: `POST /api/orders/${request.params.id}/payments`,
          key: request.headers['idempotency-key'],
          body: request.body,
        },
        201,
        (tx) => payOrder(tx, user, request.params.id, request.body, moneyContext(request)),
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(result.body);
    },
  );

  app.get(
    '/api/orders/:id/bill',
    {
      config: { access: 'payments:view' },
      schema: {
        tags,
        summary: 'The order’s bill (账单): worth, paid, refunded, due, with every payment and refund',
        params: IdParams,
        response: { 200: BillView },
      },
    },
    async (request) => getBill(db, currentUser(request), request.params.id),
  );

  app.get(
    '/api/bills',
    {
      config: { access: 'payments:view' },
      schema: {
        tags,
        summary: 'Bills, one per order in the caller’s scope, newest first; due=true for those with money still due',
        querystring: BillListQuery,
        response: { 200: BillList },
      },
    },
    async (request) => listBills(db, currentUser(request), request.query),
  );

  app.get(
    '/api/payments',
    {
      config: { access: 'payments:view' },
      schema: {
        tags,
        summary: 'Payments in the caller’s scope, newest first',
        querystring: PaymentListQuery,
        response: { 200: PaymentList },
      },
    },
    async (request) => listPayments(db, currentUser(request), request.query),
  );

  app.get(
    '/api/payments/:id',
    {
      config: { access: 'payments:view' },
      schema: {
        tags,
        summary: 'One payment; 404 outside the caller’s scope',
        params: IdParams,
        response: { 200: PaymentView },
      },
    },
    async (request) => getPayment(db, currentUser(request), request.params.id),
  );

  app.post(
    '/api/payments/:id/confirm',
    {
      config: { access: 'payments:confirm' },
      schema: {
        tags,
        summary: 'Confirm a pending offline transfer: its money goes to the order, the wallet or the receivable',
        params: IdParams,
        body: ConfirmBody,
        response: { 200: PaymentView },
      },
    },
    async (request) =>
      db.transaction((tx) => confirmPayment(tx, currentUser(request), request.params.id, request.body)),
  );

  app.post(
    '/api/payments/:id/reject',
    {
      config: { access: 'payments:confirm' },
      schema: {
        tags,
        summary: 'Reject a pending offline transfer with the reason',
        params: IdParams,
        body: RejectBody,
        response: { 200: PaymentView },
      },
    },
    async (request) => db.transaction((tx) => rejectPayment(tx, currentUser(request), request.params.id, request.body)),
  );

  app.post(
    '/api/payments/:id/sync',
    {
      config: { access: 'payments:view' },
      schema: {
        tags,
        summary:
          'Ask the provider about a pending online payment and credit it if it was paid (when a notification is late or lost)',
        params: IdParams,
        response: { 200: PaymentView },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const payment = await getPayment(db, user, request.params.id);
      if (payment.status === 'pending' && (payment.method === 'alipay' || payment.method === 'wechat')) {
        const provider = providerFor(await getPaymentSettings(db), payment.method);
        const state = await provider.queryPayment(payment.number).catch((error: Error) => {
          throw new AppError('PROVIDER_ERROR', '查询支付结果失败 / The provider did not answer', {
            message: error.message,
          });
        });
        if (state.state === 'paid' && state.tradeNo && state.amount !== undefined) {
          const outcome = await db.transaction((tx) =>
            applyPaidNotice(tx, payment.method as OnlineMethod, {
              outTradeNo: payment.number,
              tradeNo: state.tradeNo as string,
              amount: state.amount as number,
              paidAt: state.paidAt ?? new Date(),
              payer: null,
              raw: { source: 'query' },
            }),
          );
          if (outcome.kind === 'refused') {
            await audit(db, actorOf(request), {
              action: 'payment.notification_rejected',
              targetType: 'payment',
              targetId: payment.id,
              details: { reason: outcome.reason, source: 'query' },
            });
          }
        }
      }
      return getPayment(db, user, request.params.id);
    },
  );

  app.post(
    '/api/payments/:id/vouchers',
    {
      config: { access: 'payments:create' },
      schema: {
        tags,
        summary: `Attach a transfer voucher (JPEG, PNG, WebP or PDF ≤ 5 MB, field "file", at most ${MAX_VOUCHERS}) to a pending offline payment, or (finance) to one finance recorded`,
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: { 201: PaymentView },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const payment = await getPayment(db, user, request.params.id);
      // The buyer attaches vouchers to a transfer finance has yet to confirm; finance also to one it recorded.
      const finance = user.kind === 'staff' && user.permissions.includes('payments:confirm');
      const open = payment.status === 'pending' || (finance && payment.status === 'succeeded');
      if (payment.method !== 'offline' || !open) {
        throw new AppError('INVALID_STATE', '只能给待确认的转账上传凭证 / Vouchers go with pending transfers', {
          status: payment.status,
        });
      }
      if (payment.vouchers.length >= MAX_VOUCHERS) {
        throw new AppError('INVALID_STATE', `最多 ${MAX_VOUCHERS} 张凭证 / At most ${MAX_VOUCHERS} vouchers`, {});
      }
      const file = await readUpload(request, 'file', MAX_VOUCHER_BYTES);
      const kind = voucherKind(file.data);
      if (!kind) {
        throw new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          '凭证须为 JPEG、PNG、WebP 图片或 PDF / A voucher is an image or a PDF',
          {},
        );
      }
      const rel = `${payment.id}/${randomBytes(12).toString('hex')}.${kind}`;
      await mkdir(path.join(vouchersDir, String(payment.id)), { recursive: true });
      await writeFile(path.join(vouchersDir, rel), file.data);
      const voucher = { path: rel, name: file.filename.slice(0, 200) || `voucher.${kind}`, size: file.data.length };
      await db.execute(
        sql`UPDATE payments SET vouchers = vouchers || ${JSON.stringify([voucher])}::jsonb, updated_at = now() WHERE id = ${payment.id}`,
      );
      return reply.status(201).send(await getPayment(db, user, payment.id));
    },
  );

  app.get(
    '/api/payments/:id/vouchers/:index',
    {
      config: { access: 'payments:view' },
      schema: { tags, summary: 'A voucher file of a payment in the caller’s scope', params: VoucherParams },
    },
    async (request, reply) => {
      const voucher = await paymentVoucher(db, currentUser(request), request.params.id, request.params.index);
      const ext = voucher.path.split('.').pop() ?? '';
      const data = await readFile(path.join(vouchersDir, voucher.path)).catch(() => null);
      if (!data) throw new AppError('NOT_FOUND', 'Voucher file not found');
      return reply
        .type(voucherTypes[ext] ?? 'application/octet-stream')
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .send(data);
    },
  );

  app.post(
    '/api/payments/:id/refunds',
    {
      config: { access: 'payments:confirm' },
      schema: {
        tags,
        summary: 'Refund part of a payment by hand, back to its method',
        params: IdParams,
        body: RefundBody,
        response: { 201: RefundList },
      },
    },
    async (request, reply) => {
      const ids = await db.transaction((tx) =>
        refundPayment(tx, currentUser(request), request.params.id, request.body),
      );
      const all = await listRefunds(db, currentUser(request), { pageSize: 100 });
      const items = all.items.filter((r) => ids.includes(r.id));
      return reply.status(201).send({ items, total: items.length });
    },
  );

  app.get(
    '/api/refunds',
    {
      config: { access: 'payments:view' },
      schema: {
        tags,
        summary: 'Refunds in the caller’s scope, newest first',
        querystring: RefundListQuery,
        response: { 200: RefundList },
      },
    },
    async (request) => listRefunds(db, currentUser(request), request.query),
  );

  app.post(
    '/api/refunds/:id/complete',
    {
      config: { access: 'payments:confirm' },
      schema: {
        tags,
        summary: 'Finish a pending or failed refund: the transfer was sent, or (toWallet) the money goes to the wallet',
        params: IdParams,
        body: CompleteRefundBody,
        response: { 200: Type.Object({ ok: Type.Boolean() }) },
      },
    },
    async (request) => {
      await db.transaction((tx) => completeRefund(tx, currentUser(request), request.params.id, request.body));
      return { ok: true };
    },
  );

  app.post(
    '/api/refunds/:id/retry',
    {
      config: { access: 'payments:confirm' },
      schema: {
        tags,
        summary: 'Send a pending or failed online refund to its provider again',
        params: IdParams,
        response: { 200: Type.Object({ ok: Type.Boolean() }) },
      },
    },
    async (request) => {
      await processOnlineRefund(db, request.params.id);
      return { ok: true };
    },
  );

  accountMoneyRoute(
    '/api/customers/:id/wallet/top-ups',
    'top_up',
    'Top up the wallet (预存款充值): finance records money received (needs payments:confirm); a buyer pays online or reports a transfer. Idempotency-Key makes a retry return the first result',
  );

  app.get(
    '/api/customers/:id/wallet',
    {
      config: { access: 'payments:view' },
      schema: {
        tags,
        summary: 'The wallet (预存款): balance and entries, newest first',
        params: IdParams,
        querystring: Type.Object({
          page: Type.Optional(Type.Integer({ minimum: 1 })),
          pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
        }),
        response: { 200: WalletView },
      },
    },
    async (request) => getWallet(db, currentUser(request), request.params.id, request.query),
  );

  accountMoneyRoute(
    '/api/customers/:id/credit/repayments',
    'repayment',
    'Repay credit (账期还款), oldest due first: finance records it (payments:confirm); a buyer pays online or reports a transfer. Idempotency-Key makes a retry return the first result',
  );

  app.get(
    '/api/customers/:id/credit',
    {
      config: { access: 'payments:view' },
      schema: {
        tags,
        summary: 'Credit (账期): limit, owed, committed, available, overdue, ageing, open receivables, entries',
        params: IdParams,
        querystring: Type.Object({
          page: Type.Optional(Type.Integer({ minimum: 1 })),
          pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
        }),
        response: { 200: CreditView },
      },
    },
    async (request) => getCredit(db, currentUser(request), request.params.id, request.query),
  );

  app.post(
    '/api/customers/:id/accounts/:account/adjustments',
    {
      config: { access: 'payments:confirm' },
      schema: {
        tags,
        summary: 'A signed correction of the wallet or (downwards) the receivable, with the reason; audited',
        params: AccountParams,
        body: AdjustBody,
        response: { 201: Type.Object({ id: Type.Integer(), balance: Type.Integer() }) },
      },
    },
    async (request, reply) => {
      const { id, account } = request.params;
      const result = await db.transaction((tx) => adjustAccount(tx, currentUser(request), id, account, request.body));
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/receivables/ageing',
    {
      config: { access: 'payments:view' },
      schema: {
        tags,
        summary: 'Receivables ageing (账龄) per customer in scope',
        querystring: AgeingQuery,
        response: { 200: AgeingReport },
      },
    },
    async (request) => ageingReport(db, currentUser(request), request.query),
  );

  app.get(
    '/api/payment-options',
    {
      config: { access: 'payments:view' },
      schema: {
        tags,
        summary:
          'What a customer can pay with: enabled methods, wallet balance, available credit, the bank account for transfers',
        querystring: PaymentOptionsQuery,
        response: { 200: PaymentOptions },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const customerId = user.kind === 'customer' ? (user.customerId ?? -1) : request.query.customerId;
      if (!customerId) throw validationFailed([{ path: '/querystring/customerId', message: 'required for staff' }]);
      await assertCustomerInScope(db, user, customerId);
      const settings = await getPaymentSettings(db);
      const credit = await creditPosition(db, customerId);
      return {
        customerId,
        methods: await customerMethods(db, customerId, settings),
        walletBalance: await accountBalance(db, customerId, 'wallet'),
        credit: {
          creditLimit: credit.creditLimit,
          available: credit.available,
          overdue: credit.overdue,
          paymentTermDays: credit.paymentTermDays,
          blockOverdue: settings.blockOverdue,
        },
        bankAccount: settings.bankAccount,
      };
    },
  );

  app.get(
    '/api/settings/payments',
    {
      config: { access: 'payments:confirm' },
      schema: {
        tags,
        summary: 'Payment settings; private keys come back as ******',
        response: { 200: PaymentSettings },
      },
    },
    async () => maskedPaymentSettings(await getPaymentSettings(db)),
  );

  app.patch(
    '/api/settings/payments',
    {
      config: { access: 'settings:edit' },
      schema: {
        tags,
        summary: 'Change payment settings; a secret sent as ****** keeps the stored one',
        body: PaymentSettingsPatch,
        response: { 200: PaymentSettings },
      },
    },
    async (request) => maskedPaymentSettings(await updatePaymentSettings(db, actorOf(request), request.body)),
  );

  await app.register(notificationRoutes);
}

/**
 * Asynchronous notifications from Alipay and WeChat Pay. Public (the signature is the check), with
 * the raw body kept for it. A notice that fails verification, or that names an unknown payment or
 * the wrong amount, is refused and audited; the provider then retries, which is harmless.
 */
async function notificationRoutes(app: App) {
  const db = app.deps.database.db;
  for (const type of ['application/x-www-form-urlencoded', 'application/json', 'text/plain']) {
    app.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) =>
      done(null, body),
    );
  }
  app.post(
    '/api/payments/notify/:method',
    {
      config: { access: 'public' },
      schema: {
        tags: ['payments'],
        summary: 'Provider notifications (Alipay form post, WeChat Pay v3 JSON); answered in the provider’s own format',
        params: Type.Object({ method: Type.Enum(['alipay', 'wechat']) }),
      },
    },
    async (request, reply) => {
      const method = request.params.method as OnlineMethod;
      const settings = await getPaymentSettings(db);
      const provider = providerFor(settings, method);
      const refuse = async (reason: string, details: Record<string, unknown> = {}) => {
        request.log.warn({ method, reason }, 'payment notification refused');
        await audit(
          db,
          { id: null, name: method, ip: request.ip },
          {
            action: 'payment.notification_rejected',
            targetType: 'payment',
            details: { method, reason, ...details },
          },
        );
        const ack = provider.ack(false);
        return reply.status(ack.status).type(ack.contentType).send(ack.body);
      };
      let notice: Awaited<ReturnType<typeof provider.verifyNotification>>;
      try {
        notice = await provider.verifyNotification({ headers: request.headers, rawBody: String(request.body ?? '') });
      } catch (error) {
        if (error instanceof NotificationRejected) return refuse(error.reason);
        throw error;
      }
      if (notice) {
        const outcome = await db.transaction((tx) => applyPaidNotice(tx, method, notice));
        if (outcome.kind === 'refused') {
          return refuse(outcome.reason, {
            outTradeNo: notice.outTradeNo,
            tradeNo: notice.tradeNo,
            amount: notice.amount,
          });
        }
      }
      const ack = provider.ack(true);
      return reply.status(ack.status).type(ack.contentType).send(ack.body);
    },
  );
}
