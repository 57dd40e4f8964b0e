import { Card, Table, type TableColumnsType, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { type Refund, type RefundState, useRefunds } from './finance-api.ts';
import { refundStates } from './finance-rules.ts';
import { RefundStateTag } from './finance-tags.tsx';
import { RefundActions } from './refund-actions.tsx';
import './finance.css';

/** 退款: money going back, by state; finance finishes the pending and failed ones here. */
export function RefundsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const status = refundStates.find((s) => s === params.get('status'));
  const allowed = can(me, 'payments:view');
  const refunds = useRefunds({ status, ...page }, allowed);
  if (!allowed) return <Forbidden />;

  const columns: TableColumnsType<Refund> = [
    {
      title: t('finance.refunds.number'),
      dataIndex: 'number',
      width: 165,
      render: (number: string, r) => (
        <div className="finance-stack">
          <span>{number}</span>
          <Typography.Text type="secondary">{formatDateTime(r.createdAt)}</Typography.Text>
        </div>
      ),
    },
    {
      title: t('finance.refunds.customer'),
      dataIndex: 'customerName',
      render: (name: string, r) => <Link to={`/admin/customers/${r.customerId}/account`}>{name}</Link>,
    },
    {
      title: t('finance.refunds.orderAndPayment'),
      key: 'order',
      width: 160,
      render: (_, r) => (
        <div className="finance-stack">
          {r.orderId ? <Link to={`/admin/orders/${r.orderId}`}>{r.orderNumber}</Link> : '-'}
          <Link to={`/admin/payments?payment=${r.paymentId}`} className="finance-secondary-link">
            {r.paymentNumber}
          </Link>
        </div>
      ),
    },
    {
      title: t('finance.refunds.sourceAndMethod'),
      key: 'source',
      width: 120,
      render: (_, r) => (
        <div className="finance-stack">
          <span>{t(`finance.refundSources.${r.source}`)}</span>
          <Typography.Text type="secondary">
            {t('finance.refunds.backTo', { method: t(`orders.paymentMethods.${r.method}`) })}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('finance.refunds.amount'),
      dataIndex: 'amount',
      align: 'right',
      width: 110,
      render: (fen: number) => <strong className="finance-money">{formatMoney(fen)}</strong>,
    },
    {
      title: t('finance.refunds.reason'),
      dataIndex: 'reason',
      ellipsis: true,
      render: (reason: string, r) => (
        <div className="finance-stack">
          <span>{reason || '-'}</span>
          {r.failureMessage ? <Typography.Text type="danger">{r.failureMessage}</Typography.Text> : null}
        </div>
      ),
    },
    {
      title: t('finance.refunds.status'),
      key: 'status',
      width: 100,
      render: (_, r) => (
        <div className="finance-stack">
          <RefundStateTag refund={r} />
          {r.completedAt ? <Typography.Text type="secondary">{formatDateTime(r.completedAt)}</Typography.Text> : null}
        </div>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      render: (_, r) => <RefundActions refund={r} />,
    },
  ];

  return (
    <div data-testid="refunds-page">
      <PageHeader title={t('finance.refunds.title')} />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={status ?? 'all'}
          onChange={(key) => {
            setParams(key === 'all' ? {} : { status: key }, { replace: true });
            setPage((p) => ({ ...p, page: 1 }));
          }}
          items={[
            { key: 'all', label: t('common.all') },
            ...refundStates.map((s: RefundState) => ({ key: s, label: t(`finance.refundStates.${s}`) })),
          ]}
          data-testid="refunds-tabs"
        />
        <Table<Refund>
          rowKey="id"
          columns={columns}
          dataSource={refunds.data?.items}
          loading={refunds.isFetching}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: refunds.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (count) => t('common.total', { count }),
            onChange: (p, pageSize) => setPage({ page: p, pageSize }),
          }}
          data-testid="refunds-table"
        />
      </Card>
    </div>
  );
}
