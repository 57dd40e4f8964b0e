import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Payment, Refund } from './finance-api.ts';
import { isOnline, paymentStateColor, refundStateColor } from './finance-rules.ts';

/** A payment's state; an online payment still pending is waiting for the buyer to pay, not for finance. */
export function PaymentStateTag({ payment }: { payment: Pick<Payment, 'status' | 'method' | 'rejectReason'> }) {
  const { t } = useTranslation();
  const label =
    payment.status === 'pending' && isOnline(payment.method)
      ? t('finance.paymentStates.awaitingPayment')
      : t(`finance.paymentStates.${payment.status}`);
  const tag = (
    <Tag color={paymentStateColor[payment.status]} data-testid="payment-state">
      {label}
    </Tag>
  );
  return payment.rejectReason ? <Tooltip title={payment.rejectReason}>{tag}</Tooltip> : tag;
}

export function RefundStateTag({ refund }: { refund: Pick<Refund, 'status' | 'failureMessage'> }) {
  const { t } = useTranslation();
  const tag = (
    <Tag color={refundStateColor[refund.status]} data-testid="refund-state">
      {t(`finance.refundStates.${refund.status}`)}
    </Tag>
  );
  return refund.failureMessage ? <Tooltip title={refund.failureMessage}>{tag}</Tooltip> : tag;
}
