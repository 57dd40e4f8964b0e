import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Input, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import type { Customer } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatMoney } from '../../lib/money.ts';
import { CustomerDrawer } from './customer-drawer.tsx';
import { CustomerFormModal } from './customer-form-modal.tsx';
import { customerStatusColor } from './customer-status.ts';

interface Filters {
  q?: string;
  status?: Customer['status'];
  page: number;
  pageSize: number;
}

const statuses: Customer['status'][] = ['pending', 'active', 'disabled'];

/** 客户: customer companies in the caller's scope (phones masked), create and details. */
export function CustomersPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<Filters>({ page: 1, pageSize: 20 });
  const [selected, setSelected] = useState<number | undefined>();
  const creating = params.get('create') === '1';
  const setCreating = (open: boolean) => setParams(open ? { create: '1' } : {}, { replace: true });
  const customers = useQuery({
    queryKey: ['customers', filters],
    queryFn: () => unwrap(api.GET('/api/customers', { params: { query: filters } })),
    placeholderData: keepPreviousData,
    enabled: can(me, 'customers:view'),
  });
  if (!can(me, 'customers:view')) return <Forbidden />;
  const filter = (patch: Partial<Filters>) => setFilters((current) => ({ ...current, ...patch, page: 1 }));

  const columns: TableColumnsType<Customer> = [
    { title: t('customers.code'), dataIndex: 'code', width: 120 },
    {
      title: t('customers.name'),
      dataIndex: 'name',
      render: (name: string, customer) => (
        <Typography.Link onClick={() => setSelected(customer.id)} data-testid={`customer-open-${customer.id}`}>
          {name}
        </Typography.Link>
      ),
    },
    { title: t('customers.level'), dataIndex: 'levelName', render: (name: string | null) => name ?? '-' },
    { title: t('customers.salesperson'), dataIndex: 'salespersonName', render: (name: string | null) => name ?? '-' },
    { title: t('customers.contact'), dataIndex: 'contactName', render: (name: string | null) => name ?? '-' },
    { title: t('customers.phone'), dataIndex: 'phone', render: (phone: string | null) => phone ?? '-' },
    {
      title: t('customers.creditLimit'),
      dataIndex: 'creditLimit',
      align: 'right',
      render: (fen: number) => formatMoney(fen),
    },
    {
      title: t('customers.status'),
      dataIndex: 'status',
      render: (status: Customer['status']) => (
        <Tag color={customerStatusColor(status)}>{t(`customers.statuses.${status}`)}</Tag>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_: unknown, customer) => (
        <Button type="link" size="small" onClick={() => setSelected(customer.id)}>
          {t('common.details')}
        </Button>
      ),
    },
  ];

  return (
    <div data-testid="customers-page">
      <PageHeader
        title={t('customers.title')}
        extra={
          can(me, 'customers:create') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="customer-create"
            >
              {t('customers.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <div className="table-toolbar">
          <Input.Search
            allowClear
            placeholder={t('customers.searchPlaceholder')}
            style={{ width: 280 }}
            onSearch={(q) => filter({ q: q.trim() || undefined })}
            data-testid="customers-search"
          />
          <Select
            allowClear
            placeholder={t('customers.status')}
            style={{ width: 140 }}
            value={filters.status}
            onChange={(status) => filter({ status })}
            options={statuses.map((status) => ({ value: status, label: t(`customers.statuses.${status}`) }))}
          />
        </div>
        <Table<Customer>
          rowKey="id"
          columns={columns}
          dataSource={customers.data?.items}
          loading={customers.isFetching}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: customers.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (count) => t('common.total', { count }),
            onChange: (page, pageSize) => setFilters((current) => ({ ...current, page, pageSize })),
          }}
        />
      </Card>
      <CustomerFormModal open={creating && can(me, 'customers:create')} onClose={() => setCreating(false)} />
      <CustomerDrawer customerId={selected} onClose={() => setSelected(undefined)} />
    </div>
  );
}
