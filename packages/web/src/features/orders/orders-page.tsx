import { DownloadOutlined, PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  DatePicker,
  Input,
  InputNumber,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { dayjs, formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { SalespersonSelect } from '../customers/customer-options.tsx';
import { CustomerSelect } from '../pricing/customer-select.tsx';
import {
  exportHref,
  filtersFromParams,
  filtersToParams,
  hasFilters,
  type OrderFilters,
  orderCountsQuery,
  orderListQuery,
} from './order-filters.ts';
import { orderStatuses, orderStatusKey } from './order-status.ts';
import { OnBehalfTag, OrderStatusTag, PaymentStatusTag } from './order-status-tag.tsx';
import type { OrderStatus, OrderSummary } from './order-types.ts';
import { ordersKey } from './use-orders.ts';
import './orders.css';

/** 订单管理: the order queue in the caller's scope, by status tab and filters; a row opens the order. */
export function OrdersPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  // Bumped by reset so the uncontrolled search box and amount inputs start empty again.
  const [resetCount, setResetCount] = useState(0);
  const allowed = can(me, 'orders:view');
  const orders = useQuery({
    queryKey: [...ordersKey, 'list', orderListQuery(filters)],
    queryFn: () => unwrap(api.GET('/api/orders', { params: { query: orderListQuery(filters) } })),
    placeholderData: keepPreviousData,
    enabled: allowed,
  });
  const counts = useQuery({
    queryKey: [...ordersKey, 'status-counts', orderCountsQuery(filters)],
    queryFn: async () =>
      (await unwrap(api.GET('/api/orders/status-counts', { params: { query: orderCountsQuery(filters) } }))).counts,
    placeholderData: keepPreviousData,
    enabled: allowed,
  });
  if (!allowed) return <Forbidden />;

  const update = (next: OrderFilters) => setParams(filtersToParams(next), { replace: true });
  const filter = (patch: Partial<OrderFilters>) => update({ ...filters, ...patch, page: 1 });
  const open = (order: OrderSummary) =>
    navigate(`/admin/orders/${order.id}`, { state: { from: `${location.pathname}${location.search}` } });
  const total = Object.values(counts.data ?? {}).reduce((sum, n) => sum + n, 0);

  const tabLabel = (label: string, count: number | undefined, key: string) => (
    <span data-testid={`orders-tab-${key}`}>
      {label}
      {count ? <span className="order-tab-count">{count}</span> : null}
    </span>
  );
  const tabs = [
    { key: 'all', label: tabLabel(t('common.all'), total, 'all') },
    ...orderStatuses.map((status) => ({
      key: status,
      label: tabLabel(t(orderStatusKey(status)), counts.data?.[status], status),
    })),
  ];

  const columns: TableColumnsType<OrderSummary> = [
    {
      title: t('orders.number'),
      dataIndex: 'number',
      width: 250,
      render: (number: string, order) => (
        <Space size={6} className="order-number-cell">
          <Link
            to={`/admin/orders/${order.id}`}
            state={{ from: `${location.pathname}${location.search}` }}
            onClick={(event) => event.stopPropagation()}
            data-testid={`order-open-${order.id}`}
          >
            {number}
          </Link>
          {order.placedByKind === 'staff' ? <OnBehalfTag /> : null}
        </Space>
      ),
    },
    {
      title: t('orders.customer'),
      dataIndex: 'customerName',
      ellipsis: true,
    },
    {
      title: t('orders.amount'),
      dataIndex: 'totalAmount',
      align: 'right',
      width: 130,
      render: (fen: number, order) => (
        <div className="order-amount-cell">
          <span className="order-money">{formatMoney(fen)}</span>
          <Typography.Text type="secondary">{t('orders.lineCount', { count: order.lineCount })}</Typography.Text>
        </div>
      ),
    },
    {
      title: t('orders.paymentStatus'),
      dataIndex: 'paymentStatus',
      width: 110,
      render: (status: OrderSummary['paymentStatus']) => <PaymentStatusTag status={status} />,
    },
    {
      title: t('orders.status'),
      dataIndex: 'status',
      width: 150,
      render: (status: OrderStatus) => <OrderStatusTag status={status} />,
    },
    {
      title: t('orders.salesperson'),
      dataIndex: 'salespersonName',
      width: 120,
      ellipsis: true,
      render: (name: string | null) => name ?? '-',
    },
    {
      title: t('orders.placedAt'),
      dataIndex: 'createdAt',
      width: 160,
      render: (at: string) => <span className="order-nowrap">{formatDateTime(at)}</span>,
    },
  ];

  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] | null =
    filters.from || filters.to
      ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]
      : null;

  return (
    <div data-testid="orders-page">
      <PageHeader
        title={t('orders.title')}
        extra={
          <Space>
            {can(me, 'orders:export') ? (
              <Button icon={<DownloadOutlined />} href={exportHref(filters)} data-testid="orders-export">
                {t('orders.documents.export')}
              </Button>
            ) : null}
            <Link to="/admin/orders/settings">
              <Button icon={<SettingOutlined />} data-testid="orders-settings">
                {t('orders.settings.title')}
              </Button>
            </Link>
            {can(me, 'orders:create') ? (
              <Link to="/admin/orders/new">
                <Button type="primary" icon={<PlusOutlined />} data-testid="order-create">
                  {t('orders.create.title')}
                </Button>
              </Link>
            ) : null}
          </Space>
        }
      />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={filters.status ?? 'all'}
          onChange={(key) => filter({ status: key === 'all' ? undefined : (key as OrderStatus) })}
          items={tabs}
          data-testid="orders-status-tabs"
        />
        <div className="table-toolbar" key={resetCount}>
          <Input.Search
            allowClear
            defaultValue={filters.q}
            placeholder={t('orders.searchPlaceholder')}
            style={{ width: 200 }}
            onSearch={(q) => filter({ q: q.trim() || undefined })}
            data-testid="orders-search"
          />
          {can(me, 'customers:view') ? (
            <div className="order-filter-customer">
              <CustomerSelect
                value={filters.customerId}
                onChange={(customerId) => filter({ customerId })}
                testId="orders-filter-customer"
              />
            </div>
          ) : null}
          {can(me, 'users:view') ? (
            <SalespersonSelect
              value={filters.salespersonId}
              onChange={(salespersonId) => filter({ salespersonId })}
              style={{ width: 130 }}
              testId="orders-filter-salesperson"
            />
          ) : null}
          <DatePicker.RangePicker
            value={range}
            allowEmpty={[true, true]}
            onChange={(days) => filter({ from: days?.[0]?.format('YYYY-MM-DD'), to: days?.[1]?.format('YYYY-MM-DD') })}
            placeholder={[t('orders.placedFrom'), t('orders.placedTo')]}
            style={{ width: 230 }}
            data-testid="orders-filter-dates"
          />
          <Space.Compact className="order-amount-range">
            <InputNumber<number>
              min={0}
              precision={2}
              defaultValue={filters.minYuan}
              placeholder={t('orders.minAmount')}
              prefix="¥"
              style={{ width: 110 }}
              onBlur={(event) => applyAmount(event.target.value, 'minYuan')}
              onPressEnter={(event) => applyAmount((event.target as HTMLInputElement).value, 'minYuan')}
              data-testid="orders-filter-min"
            />
            <InputNumber<number>
              min={0}
              precision={2}
              defaultValue={filters.maxYuan}
              placeholder={t('orders.maxAmount')}
              prefix="¥"
              style={{ width: 110 }}
              onBlur={(event) => applyAmount(event.target.value, 'maxYuan')}
              onPressEnter={(event) => applyAmount((event.target as HTMLInputElement).value, 'maxYuan')}
              data-testid="orders-filter-max"
            />
          </Space.Compact>
          {hasFilters(filters) ? (
            <Button
              type="link"
              onClick={() => {
                update({ status: filters.status, page: 1, pageSize: filters.pageSize });
                setResetCount((n) => n + 1);
              }}
              data-testid="orders-filter-reset"
            >
              {t('common.reset')}
            </Button>
          ) : null}
        </div>
        <Table<OrderSummary>
          rowKey="id"
          columns={columns}
          dataSource={orders.data?.items}
          loading={orders.isFetching}
          rowClassName={() => 'order-row'}
          onRow={(order) => ({ onClick: () => open(order) })}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: orders.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (count) => t('common.total', { count }),
            onChange: (page, pageSize) => update({ ...filters, page, pageSize }),
          }}
          data-testid="orders-table"
        />
      </Card>
    </div>
  );

  function applyAmount(text: string, key: 'minYuan' | 'maxYuan') {
    const cleaned = text.replace(/[¥,\s]/g, '');
    const value = cleaned === '' ? undefined : Number(cleaned);
    if (value !== undefined && (!Number.isFinite(value) || value < 0)) return;
    if (value === filters[key]) return;
    filter({ [key]: value });
  }
}
