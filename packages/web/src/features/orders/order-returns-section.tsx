import { RollbackOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useMe } from '../../app/auth.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { localizeServerMessage } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { returnableBySku } from '../returns/returns.ts';
import { canRequestReturn } from './order-returns.ts';
import type { OrderView, ReturnView } from './order-types.ts';
import { ReturnActions, ReturnStatusTag } from './return-actions.tsx';
import { RequestReturnModal } from './return-modals.tsx';
import { useReturnActions, useReturns } from './use-returns.ts';

/** 退货 on the order detail: the order's returns with their steps, and 申请退货 once goods have shipped. */
export function OrderReturnsSection({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { message } = App.useApp();
  const showError = useApiError();
  const [requesting, setRequesting] = useState(false);
  const [problem, setProblem] = useState<string>();
  const returns = useReturns({ orderId: order.id, pageSize: 100 });
  const { request } = useReturnActions(order.id);
  const items = returns.data?.items ?? [];
  const mayRequest = canRequestReturn(order, me?.permissions ?? []);
  const rows = returnableBySku(order.lines, items);
  // Before anything has shipped there is nothing to return and nothing to show.
  if (!items.length && !rows.length) return null;

  return (
    <Card
      title={t('returns.sectionTitle', { count: items.length })}
      style={{ marginBottom: 16 }}
      loading={returns.isPending}
      extra={
        mayRequest ? (
          <Button
            icon={<RollbackOutlined />}
            disabled={!rows.some((row) => row.left > 0)}
            onClick={() => {
              setProblem(undefined);
              setRequesting(true);
            }}
            data-testid="order-return-request"
          >
            {t('returns.request.button')}
          </Button>
        ) : null
      }
      data-testid="order-returns"
    >
      {items.length ? (
        items.map((ret) => <ReturnItem key={ret.id} ret={ret} />)
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('returns.none')} />
      )}
      {requesting ? (
        <RequestReturnModal
          number={order.number}
          rows={rows}
          pending={request.isPending}
          problem={problem}
          onClose={() => setRequesting(false)}
          onSubmit={(body) =>
            request.mutate(body, {
              onSuccess: () => {
                message.success(t('returns.request.done'));
                setRequesting(false);
              },
              onError: (error) => {
                // A quantity beyond what may come back (another return took it meanwhile) names the limit.
                if (error instanceof ApiError && error.fieldErrors.length)
                  setProblem(error.fieldErrors.map((f) => localizeServerMessage(f.message)).join('；'));
                else showError(error);
              },
            })
          }
        />
      ) : null}
    </Card>
  );
}

/** One return: number, status, refund, who asked when, its lines, reason and note, and its steps. */
export function ReturnItem({ ret }: { ret: ReturnView }) {
  const { t } = useTranslation();
  return (
    <div className="order-return" data-testid={`order-return-${ret.id}`}>
      <div className="order-return-head">
        <strong>{t('returns.nth', { id: ret.id })}</strong>
        <ReturnStatusTag status={ret.status} />
        <span>
          {t('returns.refundAmount')}：
          <strong className="order-money" data-testid={`return-refund-${ret.id}`}>
            {formatMoney(ret.refundAmount)}
          </strong>
        </span>
        <Typography.Text type="secondary" className="order-shipment-meta">
          {ret.requestedByName ?? '-'} · {formatDateTime(ret.createdAt)}
        </Typography.Text>
        <span className="order-return-actions">
          <ReturnActions ret={ret} />
        </span>
      </div>
      <ul className="order-return-lines">
        {ret.lines.map((line) => (
          <li key={line.lineId}>
            {line.productName} <span className="customer-code">{line.skuCode}</span> × {line.quantity} {line.unitName}
            <Typography.Text type="secondary"> · {formatMoney(line.amount)}</Typography.Text>
          </li>
        ))}
      </ul>
      <div className="order-event-note">
        {t('returns.reason')}：{ret.reason}
        {ret.note ? `；${t('returns.note')}：${ret.note}` : ''}
      </div>
    </div>
  );
}
