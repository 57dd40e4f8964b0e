import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Checkbox, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDateTime, inShanghai } from '../../lib/dates.ts';
import { SkuPicker } from '../products/sku-picker.tsx';
import type { Batch } from './inventory-api.ts';
import { daysBetween, expiryColor, expiryState } from './stock-display.ts';
import { skuColumn, useListState } from './table-parts.tsx';
import { WarehouseSelect } from './warehouse-select.tsx';

/** 批次效期: batches with their expiry, nearest first, marked expired or expiring within 30 days. */
export function BatchesPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { page, setParam, pagination, number } = useListState();
  const skuId = number('skuId');
  const warehouseId = number('warehouseId');
  const [includeEmpty, setIncludeEmpty] = useState(false);
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

  return (
    <div data-testid="inventory-batches-page">
      <PageHeader title={t('inventory.batches.title')} />
      <Card>
        <div className="table-toolbar">
          <div className="inventory-sku-filter">
            <SkuPicker value={skuId} onChange={(id) => setParam('skuId', id)} testId="batches-sku" />
          </div>
          <WarehouseSelect filter value={warehouseId} onChange={(id) => setParam('warehouseId', id)} />
          <Checkbox checked={includeEmpty} onChange={(e) => setIncludeEmpty(e.target.checked)}>
            {t('inventory.batches.includeEmpty')}
          </Checkbox>
        </div>
        <Table<Batch>
          rowKey="id"
          loading={batches.isFetching}
          dataSource={batches.data?.items}
          pagination={pagination(batches.data?.total)}
          columns={[
            skuColumn<Batch>(t),
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
              width: 170,
              render: (v: string) => formatDateTime(v),
            },
          ]}
          data-testid="batches-table"
        />
      </Card>
    </div>
  );
}
