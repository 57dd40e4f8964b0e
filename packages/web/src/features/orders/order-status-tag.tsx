import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { orderStatusColor, orderStatusKey, paymentStatusColor, paymentStatusKey } from './order-status.ts';
import type { OrderStatus, PaymentStatus } from './order-types.ts';

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={orderStatusColor(status)} data-testid="order-status">
      {t(orderStatusKey(status))}
    </Tag>
  );
}

export function PaymentStatusTag({ status }: { status: PaymentStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={paymentStatusColor(status)} variant="outlined">
      {t(paymentStatusKey(status))}
    </Tag>
  );
}

/** 代客下单: the order was placed by staff on the customer's behalf. */
export function OnBehalfTag() {
  const { t } = useTranslation();
  return (
    <Tag color="magenta" variant="filled" className="mini-tag" data-testid="order-on-behalf">
      {t('orders.onBehalf')}
    </Tag>
  );
}
