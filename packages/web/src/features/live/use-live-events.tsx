import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatMoney } from '../../lib/money.ts';
import { keysToRefresh, type LiveEventName, type LiveSide, liveEventNames, noticeFor } from './live-events.ts';

const STREAM = '/api/events/stream';

/**
 * Keeps the signed-in user's pages live: one EventSource on the live stream; each event refreshes
 * the queries it makes stale and, where it matters, shows a notice (new orders and low stock for
 * staff, order progress for buyers). The browser reconnects by itself and sends Last-Event-ID, so
 * nothing is missed. Rendered once by each layout.
 */
export function LiveEvents({ side }: { side: LiveSide }) {
  const client = useQueryClient();
  const { notification } = App.useApp();
  const { t } = useTranslation();
  const navigate = useNavigate();

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(STREAM);
    const handlers = liveEventNames.map((name: LiveEventName) => {
      const handler = (message: MessageEvent<string>) => {
        for (const queryKey of keysToRefresh(name, side)) void client.invalidateQueries({ queryKey });
        const notice = noticeFor(name, side, JSON.parse(message.data));
        if (!notice) return;
        if (notice.kind === 'newOrder') {
          notification.info({
            key: `order-${notice.orderId}`,
            message: t('live.newOrder', { number: notice.number }),
            description: t('live.newOrderAmount', { amount: formatMoney(notice.totalAmount) }),
            onClick: () => navigate(`/admin/orders/${notice.orderId}`),
          });
        } else if (notice.kind === 'lowStock') {
          notification.warning({
            key: `low-${notice.skuCode}`,
            message: t('live.lowStock'),
            description: t('live.lowStockText', notice),
          });
        } else {
          notification.info({
            key: `order-${notice.orderId}`,
            message: t('live.orderStatus', { number: notice.number, status: t(`orders.statuses.${notice.status}`) }),
            onClick: () => navigate(`/portal/orders/${notice.orderId}`),
          });
        }
      };
      source.addEventListener(name, handler);
      return [name, handler] as const;
    });
    return () => {
      for (const [name, handler] of handlers) source.removeEventListener(name, handler);
      source.close();
    };
  }, [client, notification, t, navigate, side]);

  return null;
}

/**
 * Follows the availability of the SKUs a buyer is looking at (a product page): their queries are
 * refreshed whenever an order, shipment or stock change moves what is available.
 */
export function useStockWatch(skuIds: readonly number[]) {
  const client = useQueryClient();
  const key = [...new Set(skuIds)].sort((a, b) => a - b).join(',');
  useEffect(() => {
    if (!key || typeof EventSource === 'undefined') return;
    const source = new EventSource(`${STREAM}?skus=${key}`);
    const handler = () => {
      for (const queryKey of keysToRefresh('stock', 'customer')) void client.invalidateQueries({ queryKey });
    };
    source.addEventListener('stock', handler);
    return () => {
      source.removeEventListener('stock', handler);
      source.close();
    };
  }, [client, key]);
}
