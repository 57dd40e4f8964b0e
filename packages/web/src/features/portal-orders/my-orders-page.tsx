import { Button, Empty, Skeleton, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { useMayOrder } from '../cart/may-order.tsx';
import '../cart/ordering.css';
import { ConfirmReceiptButton, ReorderButton } from './order-actions.tsx';
import { OrderStatusBadge } from './order-status-badge.tsx';
import { isOrderTab, type OrderTabKey, orderTabs, tabCount } from './order-tabs.ts';
import type { MyOrderSummary } from './order-types.ts';
import './portal-orders.css';
import { useMyOrders, useOrderCounts } from './use-my-orders.ts';

/** 我的订单: status tabs, a card per order with its actions, newest first. */
export function MyOrdersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: OrderTabKey = isOrderTab(tabParam) ? tabParam : 'all';
  const counts = useOrderCounts();
  const orders = useMyOrders(tab);
  const items = orders.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="ordering-narrow" data-testid="my-orders">
      <h1 className="portal-page-title">{t('portalOrders.title')}</h1>
      <Tabs
        className="order-tabs"
        tabBarGutter={16}
        activeKey={tab}
        onChange={(key) => setParams(key === 'all' ? {} : { tab: key }, { replace: true })}
        items={orderTabs.map(({ key }) => {
          const count = counts.data ? tabCount(key, counts.data) : 0;
          return {
            key,
            label: (
              <span data-testid={`order-tab-${key}`}>
                {t(`portalOrders.tabs.${key}`)}
                {count > 0 && key !== 'all' && key !== 'completed' && key !== 'cancelled' ? (
                  <span className="order-tab-count">{count}</span>
                ) : null}
              </span>
            ),
          };
        })}
      />
      {orders.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty className="portal-empty" description={t('portalOrders.empty')} data-testid="orders-empty" />
      ) : (
        <div className="order-cards">
          {items.map((order) => (
            <OrderCard key={order.id} order={order} />
          ))}
          <div className="product-grid-end">
            {orders.hasNextPage ? (
              <Button loading={orders.isFetchingNextPage} onClick={() => void orders.fetchNextPage()}>
                {t('portalOrders.loadMore')}
              </Button>
            ) : (
              t('portalOrders.noMore')
            )}
          </div>
        </div>
      )}
    </div>
  );
}

function OrderCard({ order }: { order: MyOrderSummary }) {
  const { t } = useTranslation();
  const mayOrder = useMayOrder();
  return (
    <article className="order-card" data-testid={`order-card-${order.id}`}>
      <Link to={`/portal/orders/${order.id}`} className="order-card-link" data-testid="order-card-link">
        <div className="order-card-head">
          <span className="order-card-number">{order.number}</span>
          <OrderStatusBadge status={order.status} />
        </div>
        <div className="order-card-meta">
          <span>{formatDateTime(order.createdAt)}</span>
          {order.placedByKind === 'staff' && order.placedByName ? (
            <span>{t('portalOrders.placedBy', { name: order.placedByName })}</span>
          ) : null}
        </div>
        <div className="order-card-sum">
          <span className="muted">{t('portalOrders.lineCount', { count: order.lineCount })}</span>
          <span>
            {t('portalOrders.total')} <span className="price-value-sm">{formatMoney(order.totalAmount)}</span>
          </span>
        </div>
      </Link>
      {mayOrder ? (
        <div className="order-card-actions">
          <ReorderButton orderId={order.id} />
          {/* The list carries no allowedActions; a shipped order is the one the buyer confirms. */}
          {order.status === 'shipped' ? <ConfirmReceiptButton orderId={order.id} /> : null}
        </div>
      ) : null}
    </article>
  );
}
