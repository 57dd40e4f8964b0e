import { Card, Table, type TableColumnsType, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { isReturnStatus, returnStatuses } from '../returns/returns.ts';
import { returnStatusKey } from './order-returns.ts';
import type { ReturnStatus, ReturnView } from './order-types.ts';
import { ReturnActions, ReturnStatusTag } from './return-actions.tsx';
import { useReturns } from './use-returns.ts';
import './orders.css';

const pageSize = 20;

/** 退货管理: returns in the caller's scope by status, newest first; each links to its order. */
export function ReturnsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const status = isReturnStatus(params.get('status')) ? (params.get('status') as ReturnStatus) : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const allowed = can(me, 'orders:view');
  const returns = useReturns({ ...(status ? { status } : {}), page, pageSize }, allowed);
  if (!allowed) return <Forbidden />;

  const go = (next: { status?: ReturnStatus; page?: number }) =>
    setParams(
      new URLSearchParams([
        ...(next.status ? [['status', next.status]] : []),
        ...(next.page && next.page > 1 ? [['page', String(next.page)]] : []),
      ]),
      { replace: true },
    );

  const columns: TableColumnsType<ReturnView> = [
    {
      title: t('returns.number'),
      dataIndex: 'id',
      width: 80,
      render: (id: number) => t('returns.nth', { id }),
    },
    {
      title: t('orders.number'),
      dataIndex: 'orderNumber',
      width: 170,
      render: (number: string, ret) => (
        <Link
          to={`/admin/orders/${ret.orderId}`}
          state={{ from: `${location.pathname}${location.search}` }}
          data-testid={`return-order-${ret.id}`}
        >
          {number}
        </Link>
      ),
    },
    { title: t('orders.customer'), dataIndex: 'customerName', width: 160, ellipsis: true },
    {
      title: t('returns.lines'),
      key: 'lines',
      render: (_: unknown, ret) => (
        <div className="order-product-cell">
          {ret.lines.map((line) => (
            <span key={line.lineId}>
              {line.productName} × {line.quantity} {line.unitName}
            </span>
          ))}
          <Typography.Text type="secondary" ellipsis>
            {t('returns.reason')}：{ret.reason}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('returns.refundAmount'),
      dataIndex: 'refundAmount',
      align: 'right',
      width: 120,
      render: (fen: number) => <span className="order-money">{formatMoney(fen)}</span>,
    },
    {
      title: t('returns.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: ReturnStatus) => <ReturnStatusTag status={s} />,
    },
    {
      title: t('returns.requestedAt'),
      key: 'requested',
      width: 160,
      render: (_: unknown, ret) => (
        <div className="order-amount-cell">
          <span className="order-nowrap">{formatDateTime(ret.createdAt)}</span>
          <Typography.Text type="secondary">{ret.requestedByName ?? '-'}</Typography.Text>
        </div>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 180,
      render: (_: unknown, ret) => <ReturnActions ret={ret} />,
    },
  ];

  return (
    <div data-testid="returns-page">
      <PageHeader title={t('returns.title')} />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={status ?? 'all'}
          onChange={(key) => go({ status: key === 'all' ? undefined : (key as ReturnStatus) })}
          items={[
            { key: 'all', label: <span data-testid="returns-tab-all">{t('common.all')}</span> },
            ...returnStatuses.map((s) => ({
              key: s,
              label: <span data-testid={`returns-tab-${s}`}>{t(returnStatusKey(s))}</span>,
            })),
          ]}
          data-testid="returns-status-tabs"
        />
        <Table<ReturnView>
          rowKey="id"
          columns={columns}
          dataSource={returns.data?.items}
          loading={returns.isFetching}
          pagination={{
            current: page,
            pageSize,
            total: returns.data?.total ?? 0,
            showTotal: (count) => t('common.total', { count }),
            onChange: (next) => go({ status, page: next }),
          }}
          data-testid="returns-table"
        />
      </Card>
    </div>
  );
}
