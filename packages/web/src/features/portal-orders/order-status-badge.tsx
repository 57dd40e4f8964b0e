import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from './order-types.ts';

// The buyer's own small map: the console's features/orders is being built alongside.
const colors: Record<OrderStatus, string> = {
  pending_review: 'gold',
  finance_review: 'orange',
  warehouse_review: 'purple',
  awaiting_shipment: 'blue',
  partially_shipped: 'cyan',
  shipped: 'geekblue',
  completed: 'green',
  cancelled: 'default',
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[status]} data-testid="order-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`portalOrders.statuses.${status}`)}
    </Tag>
  );
}
