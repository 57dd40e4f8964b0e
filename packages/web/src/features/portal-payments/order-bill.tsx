import { PayCircleOutlined } from '@ant-design/icons';
import { Button, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { can, useMe } from '../../app/auth.ts';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { PaymentStatusTag } from '../orders/order-status-tag.tsx';
import { leftToPay, pendingTransfers } from './pay-amount.ts';
import { isOnline } from './pay-methods.ts';
import { type PaySheetRequest, usePaySheet } from './pay-sheet.tsx';
import { PaymentStateTag, RefundStateTag } from './payment-tags.tsx';
import type { Bill, Payment } from './payment-types.ts';
import './portal-payments.css';
import { useBill } from './use-payments.ts';

/**
 * 付款 on the buyer's order page: what the order is worth, paid, refunded and still due, every
 * payment with its state and every refund, and 去付款 while something is left to pay.
 */
export function OrderBill({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const bill = useBill(orderId);
  const { openSheet, sheet } = usePaySheet();
  return (
    <section className="ordering-card" data-testid="order-bill">
      <div className="ordering-card-title">
        <span>
          <PayCircleOutlined /> {t('portalPay.bill.title')}
        </span>
        {bill.data ? (
          <span data-testid="bill-payment-status" data-status={bill.data.paymentStatus}>
            <PaymentStatusTag status={bill.data.paymentStatus} />
          </span>
        ) : null}
      </div>
      {bill.data ? <BillBody bill={bill.data} onPay={openSheet} /> : <Skeleton active paragraph={{ rows: 2 }} />}
      {sheet}
    </section>
  );
}

function BillBody({ bill, onPay }: { bill: Bill; onPay: (request: PaySheetRequest) => void }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const pending = pendingTransfers(bill);
  const left = leftToPay(bill);
  const mayPay = can(me, 'payments:create') && bill.status !== 'cancelled';
  const title = t('portalPay.sheetTitle', { number: bill.orderNumber });
  const payFor = { purpose: 'order', orderId: bill.orderId } as const;
  const rows = [
    { key: 'total', amount: bill.totalAmount, shown: true },
    { key: 'credited', amount: -bill.creditedAmount, shown: bill.creditedAmount > 0 },
    { key: 'paid', amount: bill.paidAmount, shown: true },
    { key: 'refunded', amount: bill.refundedAmount, shown: bill.refundedAmount > 0 },
    { key: 'pending', amount: pending, shown: pending > 0 },
    { key: 'due', amount: bill.dueAmount, shown: true },
  ].filter((row) => row.shown);
  return (
    <>
      <dl className="bill-sums">
        {rows.map(({ key, amount }) => (
          <div key={key} className={`bill-sum bill-sum-${key}`}>
            <dt>{t(`portalPay.bill.${key}`)}</dt>
            <dd data-testid={`bill-${key}`}>{formatMoney(amount)}</dd>
          </div>
        ))}
      </dl>
      {bill.creditOpen > 0 ? (
        <div className="bill-credit" data-testid="bill-credit">
          {bill.creditDueAt
            ? t('portalPay.bill.creditOpenDue', {
                amount: formatMoney(bill.creditOpen),
                date: formatDate(bill.creditDueAt),
              })
            : t('portalPay.bill.creditOpen', { amount: formatMoney(bill.creditOpen) })}
        </div>
      ) : null}

      {bill.payments.length ? (
        <div className="bill-list" data-testid="bill-payments">
          <div className="bill-list-title">{t('portalPay.bill.payments')}</div>
          {bill.payments.map((payment) => (
            <PaymentRow
              key={payment.id}
              payment={payment}
              mayPay={mayPay}
              onResume={() => onPay({ title, payFor, resume: payment })}
            />
          ))}
        </div>
      ) : null}

      {bill.refunds.length ? (
        <div className="bill-list" data-testid="bill-refunds">
          <div className="bill-list-title">{t('portalPay.bill.refunds')}</div>
          {bill.refunds.map((refund) => (
            <div key={refund.id} className="bill-row" data-testid="bill-refund">
              <div className="bill-row-main">
                <span>
                  {t('portalPay.bill.refundTo', { method: t(`portalPay.methods.${refund.method}`) })}
                  {refund.reason ? <span className="muted"> · {refund.reason}</span> : null}
                </span>
                <span className="bill-row-amount">{formatMoney(refund.amount)}</span>
              </div>
              <div className="bill-row-meta">
                <span>{formatDateTime(refund.completedAt ?? refund.createdAt)}</span>
                <RefundStateTag status={refund.status} />
              </div>
            </div>
          ))}
        </div>
      ) : null}

      {mayPay && left > 0 ? (
        <Button
          type="primary"
          shape="round"
          block
          size="large"
          className="bill-pay"
          onClick={() => onPay({ title, payFor })}
          data-testid="bill-pay"
        >
          {t('portalPay.payDue', { amount: formatMoney(left) })}
        </Button>
      ) : pending > 0 && bill.dueAmount > 0 ? (
        <div className="pay-hint" data-testid="bill-awaiting-confirm">
          {t('portalPay.bill.awaitingConfirm')}
        </div>
      ) : null}
    </>
  );
}

function PaymentRow({ payment, mayPay, onResume }: { payment: Payment; mayPay: boolean; onResume: () => void }) {
  const { t } = useTranslation();
  // A QR code not paid yet can be taken up again; a transfer can get (more) vouchers.
  const resumable = mayPay && payment.status === 'pending' && (isOnline(payment.method) ? !!payment.codeUrl : true);
  return (
    <div className="bill-row" data-testid="bill-payment" data-status={payment.status} data-method={payment.method}>
      <div className="bill-row-main">
        <span>{t(`portalPay.methods.${payment.method}`)}</span>
        <span className="bill-row-amount">{formatMoney(payment.amount)}</span>
      </div>
      <div className="bill-row-meta">
        <span>{formatDateTime(payment.paidAt ?? payment.createdAt)}</span>
        <PaymentStateTag payment={payment} />
      </div>
      {payment.rejectReason ? (
        <div className="bill-row-note">{t('portalPay.rejectReason', { reason: payment.rejectReason })}</div>
      ) : null}
      {payment.method === 'offline' && payment.status === 'pending' ? (
        <div className="bill-row-note muted">{t('portalPay.bill.vouchers', { count: payment.vouchers.length })}</div>
      ) : null}
      {resumable ? (
        <Button size="small" className="bill-row-action" onClick={onResume} data-testid="bill-payment-resume">
          {isOnline(payment.method)
            ? t('portalPay.resumeOnline')
            : t(payment.vouchers.length ? 'portalPay.addMoreVoucher' : 'portalPay.addVoucher')}
        </Button>
      ) : null}
    </div>
  );
}
