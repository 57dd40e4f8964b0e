import { ImportOutlined, SettingOutlined, SwapOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Input, InputNumber, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useApiError } from '../../components/use-api-error.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import type { StockLevel } from './inventory-api.ts';
import { SkuSettingsModal } from './sku-settings-modal.tsx';
import { isLowStock } from './stock-display.ts';
import { skuColumn, useListState } from './table-parts.tsx';
import { WarehouseSelect } from './warehouse-select.tsx';
import './inventory.css';

/** The threshold of a level, edited in place: saved on Enter or when the field loses focus. */
function ThresholdCell({ level, mayEdit }: { level: StockLevel; mayEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const client = useQueryClient();
  const [draft, setDraft] = useState<number | null>(level.lowStockThreshold);
  const save = useMutation({
    mutationFn: (lowStockThreshold: number | null) =>
      unwrap(
        api.PUT('/api/inventory/levels/threshold', {
          body: { skuId: level.skuId, warehouseId: level.warehouseId, lowStockThreshold },
        }),
      ),
    onSuccess: () => {
      message.success(t('inventory.levels.thresholdSaved'));
      void client.invalidateQueries({ queryKey: ['inventory', 'levels'] });
    },
    onError: (error) => {
      setDraft(level.lowStockThreshold);
      showError(error);
    },
  });
  if (!mayEdit) return <span>{level.lowStockThreshold ?? '-'}</span>;
  const commit = () => {
    if (draft !== level.lowStockThreshold) save.mutate(draft);
  };
  return (
    <InputNumber<number>
      size="small"
      min={0}
      precision={0}
      value={draft}
      placeholder={t('inventory.levels.noThreshold')}
      onChange={(value) => setDraft(value ?? null)}
      onBlur={commit}
      onPressEnter={commit}
      disabled={save.isPending}
      style={{ width: 100 }}
      data-testid={`threshold-${level.skuId}-${level.warehouseId}`}
    />
  );
}

/** 库存查询: on hand, reserved and available per SKU and warehouse; low stock highlighted. */
export function LevelsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { params, page, resetPage, setParam, pagination, number } = useListState();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(search.trim(), 300);
  const warehouseId = number('warehouseId');
  const lowStock = params.get('low') === '1';
  const [settingsOpen, setSettingsOpen] = useState(false);
  const low = useQuery({
    queryKey: ['inventory', 'low-stock', 'count', warehouseId],
    queryFn: () => unwrap(api.GET('/api/inventory/low-stock', { params: { query: { warehouseId, pageSize: 1 } } })),
    enabled: can(me, 'inventory:view'),
  });
  const levels = useQuery({
    queryKey: ['inventory', 'levels', { q, warehouseId, lowStock, ...page }],
    queryFn: () =>
      unwrap(
        api.GET('/api/inventory/levels', {
          params: { query: { q: q || undefined, warehouseId, lowStock: lowStock || undefined, ...page } },
        }),
      ),
    placeholderData: keepPreviousData,
    enabled: can(me, 'inventory:view'),
  });
  if (!can(me, 'inventory:view')) return <Forbidden />;
  const mayEdit = can(me, 'inventory:edit');

  return (
    <div data-testid="inventory-levels-page">
      <PageHeader
        title={t('inventory.levels.title')}
        extra={
          mayEdit ? (
            <>
              <Button icon={<SettingOutlined />} onClick={() => setSettingsOpen(true)} data-testid="sku-settings-open">
                {t('inventory.skuSettings.title')}
              </Button>
              <Link to="/admin/inventory/transfers">
                <Button icon={<SwapOutlined />}>{t('nav.inventoryTransfers')}</Button>
              </Link>
              <Link to="/admin/inventory/receipts">
                <Button type="primary" icon={<ImportOutlined />}>
                  {t('nav.inventoryReceipts')}
                </Button>
              </Link>
            </>
          ) : null
        }
      />
      {low.data?.total && !lowStock ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('inventory.levels.lowAlert', { count: low.data.total })}
          action={
            <Button size="small" onClick={() => setParam('low', '1')} data-testid="levels-low-alert">
              {t('inventory.levels.showLow')}
            </Button>
          }
        />
      ) : null}
      <Card>
        <div className="table-toolbar">
          <Input.Search
            allowClear
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              resetPage();
            }}
            placeholder={t('inventory.skuSearch')}
            style={{ width: 300 }}
            data-testid="levels-search"
          />
          <WarehouseSelect
            filter
            value={warehouseId}
            onChange={(id) => setParam('warehouseId', id ? String(id) : undefined)}
            testId="levels-warehouse"
          />
          <Checkbox
            checked={lowStock}
            onChange={(e) => setParam('low', e.target.checked ? '1' : undefined)}
            data-testid="levels-low"
          >
            {t('inventory.levels.lowOnly')}
          </Checkbox>
        </div>
        <Table<StockLevel>
          rowKey={(row) => `${row.skuId}:${row.warehouseId}`}
          loading={levels.isFetching}
          dataSource={levels.data?.items}
          rowClassName={(row) => (isLowStock(row) ? 'stock-low-row' : '')}
          pagination={pagination(levels.data?.total)}
          columns={[
            skuColumn<StockLevel>(t, (row) =>
              row.trackBatches ? (
                <Tag color="purple" style={{ marginInlineStart: 6 }}>
                  {t('inventory.batchTracked')}
                </Tag>
              ) : null,
            ),
            { title: t('inventory.warehouse'), dataIndex: 'warehouseName', width: 140 },
            { title: t('inventory.onHand'), dataIndex: 'onHand', align: 'right', width: 100 },
            { title: t('inventory.reserved'), dataIndex: 'reserved', align: 'right', width: 100 },
            {
              title: t('inventory.available'),
              dataIndex: 'available',
              align: 'right',
              width: 120,
              render: (value: number, row) =>
                isLowStock(row) ? (
                  <Tooltip title={t('inventory.levels.lowHint', { threshold: row.lowStockThreshold })}>
                    <Tag color="red" data-testid="level-low">
                      {value} · {t('inventory.levels.low')}
                    </Tag>
                  </Tooltip>
                ) : (
                  <strong>{value}</strong>
                ),
            },
            {
              title: (
                <Tooltip title={t('inventory.levels.thresholdHint')}>
                  <span>{t('inventory.threshold')}</span>
                </Tooltip>
              ),
              key: 'threshold',
              width: 130,
              render: (_, row) => <ThresholdCell key={`${row.lowStockThreshold}`} level={row} mayEdit={mayEdit} />,
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 150,
              render: (_, row) => (
                <Space size={0}>
                  <Link to={`/admin/inventory/movements?skuId=${row.skuId}&warehouseId=${row.warehouseId}`}>
                    <Button type="link" size="small">
                      {t('inventory.levels.ledger')}
                    </Button>
                  </Link>
                  {row.trackBatches ? (
                    <Link to={`/admin/inventory/batches?skuId=${row.skuId}&warehouseId=${row.warehouseId}`}>
                      <Button type="link" size="small">
                        {t('nav.inventoryBatches')}
                      </Button>
                    </Link>
                  ) : null}
                </Space>
              ),
            },
          ]}
          data-testid="levels-table"
        />
      </Card>
      <SkuSettingsModal open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </div>
  );
}
