import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { LevelPrice } from '../../api/types.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { formatMoney } from '../../lib/money.ts';
import { SkuPicker } from '../products/sku-picker.tsx';
import { useCustomerLevels } from '../products/use-catalog.ts';
import { formatDiscount, formatValidity } from './price-display.ts';
import { PriceFormModal, type PriceInput } from './price-form-modal.tsx';
import { PriceRowActions } from './row-actions.tsx';

/** 等级价格表: the fixed prices of one customer level, optionally narrowed to one SKU. */
export function LevelPricesTab({ mayEdit }: { mayEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const client = useQueryClient();
  const levels = useCustomerLevels();
  const [levelId, setLevelId] = useState<number>();
  const [skuId, setSkuId] = useState<number>();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<LevelPrice | 'new'>();
  useEffect(() => {
    if (levelId === undefined && levels.data?.[0]) setLevelId(levels.data[0].id);
  }, [levels.data, levelId]);
  const level = levels.data?.find((item) => item.id === levelId);
  const prices = useQuery({
    queryKey: ['level-prices', { levelId, skuId, ...page }],
    queryFn: () => unwrap(api.GET('/api/level-prices', { params: { query: { levelId, skuId, ...page } } })),
    placeholderData: keepPreviousData,
    enabled: levelId !== undefined,
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['level-prices'] });

  const save = async (input: PriceInput) => {
    if (editing && editing !== 'new') {
      await unwrap(
        api.PATCH('/api/level-prices/{id}', {
          params: { path: { id: editing.id } },
          body: { price: input.price, startsAt: input.startsAt, endsAt: input.endsAt },
        }),
      );
    } else {
      await unwrap(
        api.POST('/api/level-prices', {
          body: {
            levelId: levelId!,
            skuId: input.skuId,
            unitId: input.unitId,
            price: input.price,
            startsAt: input.startsAt,
            endsAt: input.endsAt,
          },
        }),
      );
    }
    message.success(t('pricing.priceSaved'));
    void refresh();
  };
  const remove = async (row: LevelPrice) => {
    try {
      await unwrap(api.DELETE('/api/level-prices/{id}', { params: { path: { id: row.id } } }));
      message.success(t('pricing.priceDeleted'));
      void refresh();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <div data-testid="level-prices-tab">
      <div className="table-toolbar">
        <Space>
          <span>{t('pricing.level')}</span>
          <Select
            style={{ width: 180 }}
            value={levelId}
            placeholder={t('pricing.pickLevel')}
            onChange={(id: number) => {
              setLevelId(id);
              setPage((current) => ({ ...current, page: 1 }));
            }}
            options={(levels.data ?? []).map((item) => ({
              value: item.id,
              label: `${item.name} · ${formatDiscount(item.discountPercent, t)}`,
            }))}
            data-testid="level-prices-level"
          />
        </Space>
        <div style={{ width: 320 }}>
          <SkuPicker
            value={skuId}
            onChange={(id) => {
              setSkuId(id);
              setPage((current) => ({ ...current, page: 1 }));
            }}
            testId="level-prices-sku-filter"
          />
        </div>
        <div style={{ flex: 1 }} />
        {mayEdit ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={levelId === undefined}
            onClick={() => setEditing('new')}
            data-testid="level-price-add"
          >
            {t('pricing.addPrice')}
          </Button>
        ) : null}
      </div>
      <Alert type="info" showIcon title={t('pricing.levelPricesHint')} style={{ marginBottom: 16 }} />
      <Table<LevelPrice>
        rowKey="id"
        loading={prices.isFetching}
        dataSource={prices.data?.items}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: prices.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (count) => t('common.total', { count }),
          onChange: (next, pageSize) => setPage({ page: next, pageSize }),
        }}
        columns={[
          { title: t('pricing.product'), dataIndex: 'productName' },
          {
            title: t('pricing.sku'),
            key: 'sku',
            render: (_: unknown, row) => (
              <span>
                {row.skuName || '-'}{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row.skuCode}
                </Typography.Text>
              </span>
            ),
          },
          { title: t('pricing.unit'), dataIndex: 'unitName', width: 90 },
          {
            title: t('pricing.price'),
            dataIndex: 'price',
            align: 'right',
            width: 130,
            render: (fen: number) => <span className="money">{formatMoney(fen)}</span>,
          },
          {
            title: t('pricing.validity'),
            key: 'validity',
            width: 220,
            render: (_: unknown, row) => formatValidity(row.startsAt, row.endsAt, t),
          },
          ...(mayEdit
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 130,
                  render: (_: unknown, row: LevelPrice) => (
                    <PriceRowActions
                      id={row.id}
                      testIdPrefix="level-price"
                      onEdit={() => setEditing(row)}
                      onDelete={() => remove(row)}
                    />
                  ),
                },
              ]
            : []),
        ]}
        data-testid="level-prices-table"
      />
      <PriceFormModal
        open={editing !== undefined}
        title={`${editing === 'new' ? t('pricing.addPrice') : t('pricing.editPrice')}${level ? ` · ${level.name}` : ''}`}
        editing={
          editing && editing !== 'new'
            ? {
                skuId: editing.skuId,
                skuLabel: `${editing.productName} · ${editing.skuName} (${editing.skuCode})`,
                unitName: editing.unitName,
                price: editing.price,
                startsAt: editing.startsAt,
                endsAt: editing.endsAt,
              }
            : undefined
        }
        onSave={save}
        onClose={() => setEditing(undefined)}
      />
    </div>
  );
}
