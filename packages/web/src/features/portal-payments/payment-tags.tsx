import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { paymentStateColor, paymentStateKey } from './pay-methods.ts';
import type { BillRefund, Payment } from './payment-types.ts';

/** A payment's state: 待支付 (QR code), 待确认 (transfer), 已支付, 已驳回, 已关闭. */
export function PaymentStateTag({ payment }: { payment: Pick<Payment, 'method' | 'status'> }) {
  const { t } = useTranslation();
  const key = paymentStateKey(payment);
  return (
    <Tag color={paymentStateColor[key]} className="mini-tag" data-testid="payment-state" data-state={key}>
      {t(`portalPay.states.${key}`)}
    </Tag>
  );
}

const refundColors: Record<BillRefund['status'], string> = { pending: 'gold', succeeded: 'green', failed: 'red' };

export function RefundStateTag({ status }: { status: BillRefund['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={refundColors[status]} className="mini-tag" data-testid="refund-state">
      {t(`portalPay.refundStates.${status}`)}
    </Tag>
  );
}
