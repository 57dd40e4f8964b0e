import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Checkbox, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDateTime, inShanghai } from '../../lib/dates.ts';
import { SkuPicker } from '../products/sku-picker.tsx';
import type { Batch } from './inventory-api.ts';
import { daysBetween, expiryColor, expiryState } from './stock-display.ts';
import { WarehouseSelect } from './warehouse-select.tsx';

/** 批次效期: batches with their expiry, nearest first, marked expired or expiring within 30 days. */
export function BatchesPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const skuId = Number(params.get('skuId')) || undefined;
  const warehouseId = Number(params.get('warehouseId')) || undefined;
  const [includeEmpty, setIncludeEmpty] = useState(false);
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const batches = useQuery({
    queryKey: ['inventory', 'batches', { skuId, warehouseId, includeEmpty, ...page }],
    queryFn: () =>
      unwrap(
        api.GET('/api/inventory/batches', {
          params: { query: { skuId, warehouseId, includeEmpty: includeEmpty || undefined, ...page } },
        }),
      ),
    placeholderData: keepPreviousData,
    enabled: can(me, 'inventory:view'),
  });
  if (!can(me, 'inventory:view')) return <Forbidden />;
  const today = inShanghai(new Date()).format('YYYY-MM-DD');
  const setParam = (key: string, value: number | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, String(value));
    else next.delete(key);
    setParams(next, { replace: true });
    setPage((p) => ({ ...p, page: 1 }));
  };

  return (
    <div data-testid="inventory-batches-page">
      <PageHeader title={t('inventory.batches.title')} />
      <Card>
        <div className="table-toolbar">
          <div className="inventory-sku-filter">
            <SkuPicker value={skuId} onChange={(id) => setParam('skuId', id)} testId="batches-sku" />
          </div>
          <WarehouseSelect
            allowClear
            includeDisabled
            value={warehouseId}
            onChange={(id) => setParam('warehouseId', id)}
            placeholder={t('inventory.allWarehouses')}
          />
          <Checkbox checked={includeEmpty} onChange={(e) => setIncludeEmpty(e.target.checked)}>
            {t('inventory.batches.includeEmpty')}
          </Checkbox>
        </div>
        <Table<Batch>
          rowKey="id"
          loading={batches.isFetching}
          dataSource={batches.data?.items}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: batches.data?.total,
            showTotal: (total) => t('common.total', { count: total }),
            onChange: (p, pageSize) => setPage({ page: p, pageSize }),
          }}
          columns={[
            {
              title: t('inventory.sku'),
              key: 'sku',
              render: (_, row) => (
                <Space direction="vertical" size={0}>
                  <span>{row.productName}</span>
                  <span className="sku-option-code">{row.skuCode}</span>
                </Space>
              ),
            },
            { title: t('inventory.warehouse'), dataIndex: 'warehouseName', width: 130 },
            { title: t('inventory.batchNo'), dataIndex: 'batchNo', width: 150 },
            {
              title: t('inventory.expiresOn'),
              dataIndex: 'expiresOn',
              width: 210,
              render: (value: string | null) => {
                const state = expiryState(value, today);
                if (!value) return <span className="sku-option-code">{t('inventory.batches.noExpiry')}</span>;
                const days = daysBetween(today, value);
                return (
                  <Space>
                    <span>{value}</span>
                    <Tag color={expiryColor[state]} data-testid="batch-expiry-state">
                      {state === 'expired'
                        ? t('inventory.batches.expired')
                        : t('inventory.batches.daysLeft', { count: days })}
                    </Tag>
                  </Space>
                );
              },
            },
            { title: t('inventory.onHand'), dataIndex: 'onHand', align: 'right', width: 100 },
            {
              title: t('inventory.batches.receivedAt'),
              dataIndex: 'receivedAt',
              width: 150,
              render: (v: string) => formatDateTime(v),
            },
          ]}
          data-testid="batches-table"
        />
      </Card>
    </div>
  );
}
