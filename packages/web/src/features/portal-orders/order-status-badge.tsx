import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { orderStatusColor, orderStatusKey } from '../orders/order-status.ts';
import type { OrderStatus } from './order-types.ts';

/** The order's status as a tag, in the console's colours and words. */
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={orderStatusColor(status)}
      data-testid="order-status"
      data-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {t(orderStatusKey(status))}
    </Tag>
  );
}
