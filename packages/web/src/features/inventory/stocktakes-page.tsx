import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Badge, Button, Card, Form, Input, Modal, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import type { StocktakeStatus, StocktakeSummary } from './inventory-api.ts';
import { stocktakeStatusColor, stocktakeStatuses } from './stocktake-status.ts';
import { useListState } from './table-parts.tsx';
import { useStockError } from './use-stock-error.ts';
import { WarehouseSelect } from './warehouse-select.tsx';

/** 盘点: the list of stocktakes and opening a new one. */
export function StocktakesPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const showError = useStockError();
  const { params, page, setParam, pagination, number } = useListState();
  const status = (params.get('status') ?? undefined) as StocktakeStatus | undefined;
  const warehouseId = number('warehouseId');
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<{ warehouseId: number; note?: string }>();
  const list = useQuery({
    queryKey: ['inventory', 'stocktakes', { status, warehouseId, ...page }],
    queryFn: () =>
      unwrap(api.GET('/api/inventory/stocktakes', { params: { query: { status, warehouseId, ...page } } })),
    placeholderData: keepPreviousData,
    enabled: can(me, 'inventory:view'),
  });
  const create = useMutation({
    mutationFn: (body: { warehouseId: number; note?: string }) =>
      unwrap(api.POST('/api/inventory/stocktakes', { body })),
    onSuccess: (stocktake) => navigate(`/admin/inventory/stocktakes/${stocktake.id}`),
    onError: (error) => showError(error, form),
  });
  if (!can(me, 'inventory:view')) return <Forbidden />;
  const mayEdit = can(me, 'inventory:edit');

  return (
    <div data-testid="inventory-stocktakes-page">
      <PageHeader
        title={t('inventory.stocktakes.title')}
        extra={
          mayEdit ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="stocktake-create"
            >
              {t('inventory.stocktakes.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <div className="table-toolbar">
          <WarehouseSelect filter value={warehouseId} onChange={(id) => setParam('warehouseId', id)} />
          <Select<StocktakeStatus>
            allowClear
            value={status}
            onChange={(value) => setParam('status', value)}
            placeholder={t('inventory.stocktakes.allStatuses')}
            style={{ width: 140 }}
            options={stocktakeStatuses.map((s) => ({ value: s, label: t(`inventory.stocktakes.status.${s}`) }))}
          />
        </div>
        <Table<StocktakeSummary>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items}
          pagination={pagination(list.data?.total)}
          columns={[
            {
              title: t('inventory.stocktakes.number'),
              dataIndex: 'id',
              width: 110,
              render: (id: number) => (
                <Link to={`/admin/inventory/stocktakes/${id}`} data-testid={`stocktake-link-${id}`}>
                  PD-{id}
                </Link>
              ),
            },
            { title: t('inventory.warehouse'), dataIndex: 'warehouseName', width: 140 },
            {
              title: t('common.status'),
              dataIndex: 'status',
              width: 110,
              render: (s: StocktakeStatus) => (
                <Badge status={stocktakeStatusColor[s] as 'default'} text={t(`inventory.stocktakes.status.${s}`)} />
              ),
            },
            { title: t('inventory.stocktakes.lineCount'), dataIndex: 'lineCount', align: 'right', width: 100 },
            {
              title: t('inventory.stocktakes.note'),
              dataIndex: 'note',
              ellipsis: true,
              render: (v: string) => v || '-',
            },
            {
              title: t('inventory.stocktakes.createdBy'),
              dataIndex: 'createdByName',
              width: 110,
              render: (v: string | null) => v ?? '-',
            },
            {
              title: t('inventory.stocktakes.createdAt'),
              dataIndex: 'createdAt',
              width: 150,
              render: (v: string) => formatDateTime(v),
            },
            {
              title: t('inventory.stocktakes.postedAt'),
              dataIndex: 'postedAt',
              width: 150,
              render: (v: string | null) => formatDateTime(v),
            },
          ]}
          data-testid="stocktakes-table"
        />
      </Card>
      <Modal
        title={t('inventory.stocktakes.create')}
        open={creating}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
        okButtonProps={{ 'data-testid': 'stocktake-create-submit' }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => create.mutate(values)} preserve={false}>
          <Form.Item name="warehouseId" label={t('inventory.warehouse')} rules={[{ required: true }]}>
            <WarehouseSelect testId="stocktake-warehouse" />
          </Form.Item>
          <Form.Item name="note" label={t('inventory.stocktakes.note')}>
            <Input
              maxLength={200}
              placeholder={t('inventory.stocktakes.notePlaceholder')}
              data-testid="stocktake-note"
            />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
