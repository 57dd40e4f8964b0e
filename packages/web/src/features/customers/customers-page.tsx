import {
  CheckOutlined,
  CloseOutlined,
  DownloadOutlined,
  ExportOutlined,
  ImportOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Badge,
  Button,
  Card,
  Input,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import type { Customer } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { RegionCascader } from '../../components/region-cascader.tsx';
import { formatMoney } from '../../lib/money.ts';
import { formatRegion } from '../../lib/regions.ts';
import { ImportDialog } from '../imports/import-dialog.tsx';
import { BatchAssignModal, useCustomerBatch } from './customer-batch.tsx';
import { CustomerFormModal } from './customer-form-modal.tsx';
import { LevelSelect, SalespersonSelect, useSalespeople } from './customer-options.tsx';
import { type Review, ReviewModal } from './customer-review.tsx';
import { customerStatusColor } from './customer-status.ts';

type Status = Customer['status'];
type Source = Customer['source'];

interface Filters {
  q?: string;
  status?: Status;
  levelId?: number;
  salespersonId?: number;
  province?: string;
  city?: string;
  tag?: string;
  source?: Source;
  page: number;
  pageSize: number;
}

const statuses: Status[] = ['pending', 'active', 'disabled'];
const sources: Source[] = ['staff', 'registration', 'import'];
const isStatus = (value: string | null): value is Status => statuses.includes(value as Status);

/** 客户: customer companies in the caller's scope (phones masked), filters, review and batch actions. */
export function CustomersPage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const initialStatus = params.get('status');
  const [filters, setFilters] = useState<Filters>({
    page: 1,
    pageSize: 20,
    ...(isStatus(initialStatus) ? { status: initialStatus } : {}),
  });
  const [selectedIds, setSelectedIds] = useState<number[]>([]);
  const [assign, setAssign] = useState<'assign_salesperson' | 'set_level'>();
  const [review, setReview] = useState<Review>();
  const [importing, setImporting] = useState(false);
  const client = useQueryClient();
  const salespeople = useSalespeople();
  const creating = params.get('create') === '1';
  const setCreating = (open: boolean) => setParams(open ? { create: '1' } : {}, { replace: true });
  const allowed = can(me, 'customers:view');
  const editable = can(me, 'customers:edit');
  const customers = useQuery({
    queryKey: ['customers', 'list', filters],
    queryFn: () => unwrap(api.GET('/api/customers', { params: { query: filters } })),
    placeholderData: keepPreviousData,
    enabled: allowed,
  });
  const pending = useQuery({
    queryKey: ['customers', 'pending-count'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/customers', { params: { query: { status: 'pending', pageSize: 1 } } }))).total,
    enabled: allowed,
  });
  const batch = useCustomerBatch(() => setSelectedIds([]));
  if (!allowed) return <Forbidden />;

  const filter = (patch: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...patch, page: 1 }));
    setSelectedIds([]);
  };
  const hasFilters = [
    filters.q,
    filters.levelId,
    filters.salespersonId,
    filters.province,
    filters.tag,
    filters.source,
  ].some((value) => value !== undefined);
  // The export takes the list's filters, so it holds what the table shows (all pages).
  const exportQuery = new URLSearchParams(
    Object.entries(filters)
      .filter(
        (entry): entry is [string, string | number] =>
          entry[0] !== 'page' && entry[0] !== 'pageSize' && entry[1] !== undefined,
      )
      .map(([key, value]) => [key, String(value)]),
  ).toString();
  const toggleStatus = (action: 'disable' | 'enable') =>
    modal.confirm({
      title: t(action === 'disable' ? 'customers.batchDisableConfirm' : 'customers.batchEnableConfirm', {
        count: selectedIds.length,
      }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: action === 'disable', 'data-testid': 'batch-confirm' },
      onOk: () => batch.mutateAsync({ ids: selectedIds, action }),
    });

  const columns: TableColumnsType<Customer> = [
    {
      title: t('customers.name'),
      dataIndex: 'name',
      render: (name: string, customer) => (
        <div className="customer-name-cell">
          <Link to={`/admin/customers/${customer.id}`} data-testid={`customer-open-${customer.id}`}>
            {name}
          </Link>
          <span className="customer-code">
            {customer.code}
            {customer.tags.map((tag) => (
              <Tag key={tag} variant="filled" className="mini-tag">
                {tag}
              </Tag>
            ))}
          </span>
        </div>
      ),
    },
    { title: t('customers.level'), dataIndex: 'levelName', width: 100, render: (name: string | null) => name ?? '-' },
    {
      title: t('customers.salesperson'),
      dataIndex: 'salespersonName',
      width: 110,
      render: (name: string | null) => name ?? '-',
    },
    {
      title: t('customers.contact'),
      key: 'contact',
      width: 130,
      render: (_: unknown, customer) => (
        <div className="customer-contact-cell">
          <span>{customer.contactName ?? '-'}</span>
          {customer.phone ? <Typography.Text type="secondary">{customer.phone}</Typography.Text> : null}
        </div>
      ),
    },
    {
      title: t('customers.region'),
      key: 'region',
      width: 130,
      render: (_: unknown, customer) => formatRegion({ province: customer.province, city: customer.city }) || '-',
    },
    {
      title: t('customers.creditLimit'),
      dataIndex: 'creditLimit',
      align: 'right',
      width: 110,
      render: (fen: number) => formatMoney(fen),
    },
    {
      title: t('customers.status'),
      dataIndex: 'status',
      width: 100,
      render: (status: Status, customer) => (
        <Space size={4} wrap>
          <Tag color={customerStatusColor(status)}>{t(`customers.statuses.${status}`)}</Tag>
          {customer.source === 'registration' ? (
            <Tag variant="filled" className="mini-tag">
              {t('customers.sources.registration')}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_: unknown, customer) =>
        customer.status === 'pending' && editable ? (
          <Space size={0}>
            <Button
              type="link"
              size="small"
              icon={<CheckOutlined />}
              onClick={() => setReview({ customer, decision: 'approve' })}
              data-testid={`customer-approve-${customer.id}`}
            >
              {t('customers.approve')}
            </Button>
            <Button
              type="link"
              size="small"
              danger
              icon={<CloseOutlined />}
              onClick={() => setReview({ customer, decision: 'reject' })}
              data-testid={`customer-reject-${customer.id}`}
            >
              {t('customers.reject')}
            </Button>
          </Space>
        ) : (
          <Link to={`/admin/customers/${customer.id}`}>
            <Button type="link" size="small">
              {t('common.details')}
            </Button>
          </Link>
        ),
    },
  ];

  const statusTabs = [
    { key: 'all', label: t('common.all') },
    ...statuses.map((status) => ({
      key: status,
      label:
        status === 'pending' ? (
          <span data-testid="customers-tab-pending">
            {t('customers.statuses.pending')}
            <Badge count={pending.data ?? 0} size="small" offset={[6, -2]} data-testid="pending-count" />
          </span>
        ) : (
          <span data-testid={`customers-tab-${status}`}>{t(`customers.statuses.${status}`)}</span>
        ),
    })),
  ];

  return (
    <div data-testid="customers-page">
      <PageHeader
        title={t('customers.title')}
        extra={
          <Space>
            {can(me, 'customers:create') ? (
              <>
                <Button
                  icon={<DownloadOutlined />}
                  href="/api/imports/templates/customers.xlsx"
                  download
                  data-testid="customers-template"
                >
                  {t('customers.template')}
                </Button>
                <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="customers-import">
                  {t('customers.import')}
                </Button>
              </>
            ) : null}
            {can(me, 'customers:export') ? (
              <Button
                icon={<ExportOutlined />}
                href={`/api/exports/customers.xlsx${exportQuery ? `?${exportQuery}` : ''}`}
                download
                data-testid="customers-export"
              >
                {t('customers.export')}
              </Button>
            ) : null}
            {can(me, 'customers:create') ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="customer-create"
              >
                {t('customers.create')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={filters.status ?? 'all'}
          onChange={(key) => filter({ status: key === 'all' ? undefined : (key as Status) })}
          items={statusTabs}
          data-testid="customers-status-tabs"
        />
        <div className="table-toolbar">
          <Input.Search
            allowClear
            placeholder={t('customers.searchPlaceholder')}
            style={{ width: 260 }}
            onSearch={(q) => filter({ q: q.trim() || undefined })}
            data-testid="customers-search"
          />
          <LevelSelect
            value={filters.levelId}
            onChange={(levelId) => filter({ levelId })}
            placeholder={t('customers.level')}
            style={{ width: 150 }}
            testId="customers-filter-level"
          />
          {salespeople.allowed ? (
            <SalespersonSelect
              value={filters.salespersonId}
              onChange={(salespersonId) => filter({ salespersonId })}
              style={{ width: 170 }}
              testId="customers-filter-salesperson"
            />
          ) : null}
          <RegionCascader
            value={[filters.province, filters.city].filter((part): part is string => !!part)}
            onChange={(path) => filter({ province: path[0], city: path[1] })}
            changeOnSelect
            depth={2}
            placeholder={t('customers.region')}
            style={{ width: 190 }}
            testId="customers-filter-region"
          />
          <Input.Search
            allowClear
            placeholder={t('customers.tag')}
            style={{ width: 140 }}
            onSearch={(tag) => filter({ tag: tag.trim() || undefined })}
            data-testid="customers-filter-tag"
          />
          <Select
            allowClear
            placeholder={t('customers.source')}
            style={{ width: 130 }}
            value={filters.source}
            onChange={(source) => filter({ source })}
            options={sources.map((source) => ({ value: source, label: t(`customers.sources.${source}`) }))}
            data-testid="customers-filter-source"
          />
          {hasFilters ? (
            <Button
              type="link"
              onClick={() => setFilters((current) => ({ page: 1, pageSize: current.pageSize, status: current.status }))}
            >
              {t('common.reset')}
            </Button>
          ) : null}
        </div>
        {editable && selectedIds.length > 0 ? (
          <div className="batch-bar" data-testid="customers-batch-bar">
            <span>{t('customers.selected', { count: selectedIds.length })}</span>
            {salespeople.allowed ? (
              <Button size="small" onClick={() => setAssign('assign_salesperson')} data-testid="batch-assign">
                {t('customers.assignSalesperson')}
              </Button>
            ) : null}
            <Button size="small" onClick={() => setAssign('set_level')} data-testid="batch-level">
              {t('customers.setLevel')}
            </Button>
            <Button size="small" onClick={() => toggleStatus('enable')} data-testid="batch-enable">
              {t('customers.enable')}
            </Button>
            <Button size="small" danger onClick={() => toggleStatus('disable')} data-testid="batch-disable">
              {t('customers.disable')}
            </Button>
            <Button size="small" type="link" onClick={() => setSelectedIds([])}>
              {t('customers.clearSelection')}
            </Button>
          </div>
        ) : null}
        <Table<Customer>
          rowKey="id"
          columns={columns}
          dataSource={customers.data?.items}
          loading={customers.isFetching}
          rowSelection={
            editable
              ? { selectedRowKeys: selectedIds, onChange: (keys) => setSelectedIds(keys as number[]) }
              : undefined
          }
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: customers.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (count) => t('common.total', { count }),
            onChange: (page, pageSize) => setFilters((current) => ({ ...current, page, pageSize })),
          }}
          data-testid="customers-table"
        />
      </Card>
      <CustomerFormModal open={creating && can(me, 'customers:create')} onClose={() => setCreating(false)} />
      <ReviewModal review={review} onClose={() => setReview(undefined)} />
      <ImportDialog
        kind="customers"
        open={importing && can(me, 'customers:create')}
        onClose={() => setImporting(false)}
        onImported={() => void client.invalidateQueries({ queryKey: ['customers'] })}
      />
      <BatchAssignModal
        action={assign}
        ids={selectedIds}
        onClose={() => setAssign(undefined)}
        onDone={() => setSelectedIds([])}
      />
    </div>
  );
}
