import { Button, Card, DatePicker, Input, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { dayjs, formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { CustomerSelect } from '../pricing/customer-select.tsx';
import { type Payment, type PaymentListQuery, usePayments } from './finance-api.ts';
import { paymentMethods, paymentPurposes, paymentStates } from './finance-rules.ts';
import { PaymentStateTag } from './finance-tags.tsx';
import { PaymentActions } from './payment-actions.tsx';
import { PaymentDrawer } from './payment-drawer.tsx';
import './finance.css';

const filterKeys = ['status', 'method', 'purpose', 'from', 'to', 'q', 'customerId', 'orderId'] as const;

/** The list query the address describes: every filter lives there, so a link opens the list filtered. */
function queryOf(params: URLSearchParams): PaymentListQuery {
  const query: Record<string, string | number> = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value) query[key] = key === 'customerId' || key === 'orderId' ? Number(value) : value;
  }
  query.page = Number(params.get('page')) || 1;
  query.pageSize = Number(params.get('pageSize')) || 20;
  return query as PaymentListQuery;
}

/** 收款记录: every payment in the caller's scope, filtered; a payment opens in a drawer with its vouchers. */
export function PaymentsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const allowed = can(me, 'payments:view');
  const payments = usePayments(query, allowed);
  // Bumped by reset so the uncontrolled search box starts empty again.
  const [resetCount, setResetCount] = useState(0);
  if (!allowed) return <Forbidden />;

  const openId = Number(params.get('payment')) || undefined;
  const set = (patch: Record<string, string | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!keepPage) next.delete('page');
    setParams(next, { replace: true });
  };
  const filtered = filterKeys.some((key) => params.has(key));
  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] | null =
    query.from || query.to ? [query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null] : null;

  const columns: TableColumnsType<Payment> = [
    {
      title: t('finance.payments.numberAndTime'),
      dataIndex: 'number',
      width: 175,
      render: (number: string, p) => (
        <div className="finance-stack">
          <Typography.Link onClick={() => set({ payment: String(p.id) }, true)} data-testid={`payment-open-${p.id}`}>
            {number}
          </Typography.Link>
          <Typography.Text type="secondary">{formatDateTime(p.paidAt ?? p.createdAt)}</Typography.Text>
        </div>
      ),
    },
    { title: t('finance.payments.customer'), dataIndex: 'customerName', ellipsis: true },
    {
      title: t('finance.payments.purpose'),
      key: 'purpose',
      width: 150,
      render: (_, p) =>
        p.orderId ? <Link to={`/admin/orders/${p.orderId}`}>{p.orderNumber}</Link> : t(`finance.purposes.${p.purpose}`),
    },
    {
      title: t('finance.payments.method'),
      dataIndex: 'method',
      width: 104,
      render: (method: Payment['method']) => t(`orders.paymentMethods.${method}`),
    },
    {
      title: t('finance.payments.amount'),
      dataIndex: 'amount',
      align: 'right',
      width: 116,
      render: (fen: number, p) => (
        <div className="finance-amount-cell">
          <span className="finance-money">{formatMoney(fen)}</span>
          {p.refundedAmount ? (
            <Typography.Text type="secondary">
              {t('finance.payments.refundedOf', { amount: formatMoney(p.refundedAmount) })}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    {
      title: t('finance.payments.payer'),
      dataIndex: 'payerName',
      width: 100,
      ellipsis: true,
      render: (name: string | null) => name || '-',
    },
    {
      title: t('finance.payments.status'),
      dataIndex: 'status',
      width: 80,
      render: (_, p) => <PaymentStateTag payment={p} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 196,
      render: (_, p) => <PaymentActions payment={p} />,
    },
  ];

  return (
    <div data-testid="payments-page">
      <PageHeader title={t('finance.payments.title')} />
      <Card>
        <div className="table-toolbar" key={resetCount}>
          <Input.Search
            allowClear
            defaultValue={query.q}
            placeholder={t('finance.payments.searchPlaceholder')}
            style={{ width: 240 }}
            onSearch={(q) => set({ q: q.trim() || undefined })}
            data-testid="payments-search"
          />
          {can(me, 'customers:view') ? (
            <div className="finance-filter-customer">
              <CustomerSelect
                value={query.customerId}
                onChange={(id) => set({ customerId: id ? String(id) : undefined })}
                testId="payments-filter-customer"
              />
            </div>
          ) : null}
          <Select
            allowClear
            value={query.status}
            placeholder={t('finance.payments.allStates')}
            style={{ width: 120 }}
            onChange={(status) => set({ status })}
            options={paymentStates.map((s) => ({ value: s, label: t(`finance.paymentStates.${s}`) }))}
            data-testid="payments-filter-status"
          />
          <Select
            allowClear
            value={query.method}
            placeholder={t('finance.payments.allMethods')}
            style={{ width: 120 }}
            onChange={(method) => set({ method })}
            options={paymentMethods.map((m) => ({ value: m, label: t(`orders.paymentMethods.${m}`) }))}
            data-testid="payments-filter-method"
          />
          <Select
            allowClear
            value={query.purpose}
            placeholder={t('finance.payments.allPurposes')}
            style={{ width: 130 }}
            onChange={(purpose) => set({ purpose })}
            options={paymentPurposes.map((p) => ({ value: p, label: t(`finance.purposes.${p}`) }))}
            data-testid="payments-filter-purpose"
          />
          <DatePicker.RangePicker
            value={range}
            allowEmpty={[true, true]}
            onChange={(days) => set({ from: days?.[0]?.format('YYYY-MM-DD'), to: days?.[1]?.format('YYYY-MM-DD') })}
            placeholder={[t('finance.payments.from'), t('finance.payments.to')]}
            style={{ width: 230 }}
            data-testid="payments-filter-dates"
          />
          {filtered ? (
            <Button
              type="link"
              onClick={() => {
                setParams({}, { replace: true });
                setResetCount((n) => n + 1);
              }}
              data-testid="payments-filter-reset"
            >
              {t('common.reset')}
            </Button>
          ) : null}
        </div>
        <Table<Payment>
          rowKey="id"
          columns={columns}
          dataSource={payments.data?.items}
          loading={payments.isFetching}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: payments.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (count) => t('common.total', { count }),
            onChange: (page, pageSize) => set({ page: String(page), pageSize: String(pageSize) }, true),
          }}
          data-testid="payments-table"
        />
      </Card>
      <PaymentDrawer paymentId={openId} onClose={() => set({ payment: undefined }, true)} />
    </div>
  );
}
