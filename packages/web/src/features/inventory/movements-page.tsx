import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import type { Movement, MovementKind } from './inventory-api.ts';
import { movementKindColor, movementKinds, signed } from './stock-display.ts';
import { skuColumn, useListState } from './table-parts.tsx';
import { WarehouseSelect } from './warehouse-select.tsx';
import './inventory.css';

/** Where a movement's document is shown: an order or stocktake page, else the ledger of that document. */
function referenceLink(type: string, id: number): string {
  if (type === 'order') return `/admin/orders/${id}`;
  if (type === 'stocktake') return `/admin/inventory/stocktakes/${id}`;
  return `/admin/inventory/movements?referenceType=${type}&referenceId=${id}`;
}

/** 出入库明细: the append-only movement ledger, newest first, filtered by SKU, warehouse and kind. */
export function MovementsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { params, setParams, page, setParam, pagination, number: num } = useListState();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(search.trim(), 300);
  const warehouseId = num('warehouseId');
  const skuId = num('skuId');
  const referenceId = num('referenceId');
  const referenceType = params.get('referenceType') ?? undefined;
  const kind = (params.get('kind') ?? undefined) as MovementKind | undefined;
  const movements = useQuery({
    queryKey: ['inventory', 'movements', { q, warehouseId, skuId, kind, referenceType, referenceId, ...page }],
    queryFn: () =>
      unwrap(
        api.GET('/api/inventory/movements', {
          params: { query: { q: q || undefined, warehouseId, skuId, kind, referenceType, referenceId, ...page } },
        }),
      ),
    placeholderData: keepPreviousData,
    enabled: can(me, 'inventory:view'),
  });
  if (!can(me, 'inventory:view')) return <Forbidden />;
  const scoped = skuId || referenceId;

  return (
    <div data-testid="inventory-movements-page">
      <PageHeader title={t('inventory.movements.title')} />
      <Card>
        <div className="table-toolbar">
          <Input.Search
            allowClear
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t('inventory.skuSearch')}
            style={{ width: 280 }}
            data-testid="movements-search"
          />
          <WarehouseSelect
            filter
            value={warehouseId}
            onChange={(id) => setParam('warehouseId', id ? String(id) : undefined)}
          />
          <Select<MovementKind>
            allowClear
            value={kind}
            onChange={(value) => setParam('kind', value)}
            placeholder={t('inventory.movements.allKinds')}
            style={{ width: 150 }}
            options={movementKinds.map((k) => ({ value: k, label: t(`inventory.kind.${k}`) }))}
            data-testid="movements-kind"
          />
          {scoped ? (
            <Tag
              closable
              onClose={() => {
                const next = new URLSearchParams(params);
                for (const key of ['skuId', 'referenceType', 'referenceId']) next.delete(key);
                setParams(next, { replace: true });
              }}
              style={{ alignSelf: 'center' }}
            >
              {referenceId
                ? t('inventory.movements.ofReference', {
                    type: t(`inventory.reference.${referenceType}`),
                    id: referenceId,
                  })
                : t('inventory.movements.ofSku')}
            </Tag>
          ) : null}
        </div>
        <Table<Movement>
          rowKey="id"
          size="middle"
          loading={movements.isFetching}
          dataSource={movements.data?.items}
          pagination={pagination(movements.data?.total)}
          columns={[
            {
              title: t('inventory.movements.time'),
              dataIndex: 'createdAt',
              width: 150,
              render: (v: string) => formatDateTime(v),
            },
            {
              title: t('inventory.movements.kind'),
              dataIndex: 'kind',
              width: 100,
              render: (k: MovementKind) => <Tag color={movementKindColor[k]}>{t(`inventory.kind.${k}`)}</Tag>,
            },
            skuColumn<Movement>(t),
            { title: t('inventory.warehouse'), dataIndex: 'warehouseName', width: 120 },
            {
              title: t('inventory.movements.quantity'),
              dataIndex: 'quantity',
              align: 'right',
              width: 90,
              render: (v: number) => <span className={v > 0 ? 'qty-in' : 'qty-out'}>{signed(v)}</span>,
            },
            { title: t('inventory.batchNo'), dataIndex: 'batchNo', width: 120, render: (v: string | null) => v ?? '-' },
            {
              title: t('inventory.movements.reference'),
              key: 'reference',
              width: 130,
              render: (_, row) =>
                row.referenceType ? (
                  <Link to={referenceLink(row.referenceType, row.referenceId!)}>
                    {t(`inventory.reference.${row.referenceType}`, { defaultValue: row.referenceType })} #
                    {row.referenceId}
                  </Link>
                ) : (
                  '-'
                ),
            },
            { title: t('inventory.reason'), dataIndex: 'reason', ellipsis: true, render: (v: string) => v || '-' },
            {
              title: t('inventory.movements.actor'),
              dataIndex: 'actorName',
              width: 100,
              render: (v: string | null) => v ?? '-',
            },
          ]}
          data-testid="movements-table"
        />
      </Card>
    </div>
  );
}
