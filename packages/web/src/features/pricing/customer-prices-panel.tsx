import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { CustomerPrice } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { formatMoney } from '../../lib/money.ts';
import { formatValidity } from './price-display.ts';
import { PriceFormModal, type PriceInput } from './price-form-modal.tsx';
import { PriceRowActions } from './row-actions.tsx';
// Its styles (.panel-head, .price-sku-cell) must load where the panel is embedded, e.g. the customer page.
import '../products/catalog-console.css';

/**
 * 专属价格 of one customer: its agreed prices per SKU and unit, with add / edit / delete for users
 * holding prices:edit. Made to sit in the customer drawer (width ≥ 560) as well as on a page.
 */
export function CustomerPricesPanel({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { message } = App.useApp();
  const showError = useApiError();
  const client = useQueryClient();
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const [editing, setEditing] = useState<CustomerPrice | 'new'>();
  const queryKey = ['customer-prices', customerId];
  const prices = useQuery({
    queryKey: [...queryKey, page],
    queryFn: () => unwrap(api.GET('/api/customers/{id}/prices', { params: { path: { id: customerId }, query: page } })),
    placeholderData: keepPreviousData,
    enabled: can(me, 'prices:view'),
  });
  if (!can(me, 'prices:view')) return null;
  const mayEdit = can(me, 'prices:edit');
  const refresh = () => client.invalidateQueries({ queryKey });

  const save = async (input: PriceInput) => {
    if (editing && editing !== 'new') {
      await unwrap(
        api.PATCH('/api/customer-prices/{id}', {
          params: { path: { id: editing.id } },
          body: { price: input.price, startsAt: input.startsAt, endsAt: input.endsAt, note: input.note },
        }),
      );
    } else {
      await unwrap(
        api.POST('/api/customers/{id}/prices', {
          params: { path: { id: customerId } },
          body: {
            skuId: input.skuId,
            unitId: input.unitId,
            price: input.price,
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            note: input.note,
          },
        }),
      );
    }
    message.success(t('pricing.priceSaved'));
    void refresh();
  };
  const remove = async (row: CustomerPrice) => {
    try {
      await unwrap(api.DELETE('/api/customer-prices/{id}', { params: { path: { id: row.id } } }));
      message.success(t('pricing.priceDeleted'));
      void refresh();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <div data-testid="customer-prices-panel">
      <div className="panel-head">
        <Typography.Text type="secondary">{t('pricing.customerPricesHint')}</Typography.Text>
        {mayEdit ? (
          <Button
            size="small"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="customer-price-add"
          >
            {t('pricing.addCustomerPrice')}
          </Button>
        ) : null}
      </div>
      <Table<CustomerPrice>
        size="small"
        rowKey="id"
        loading={prices.isFetching}
        dataSource={prices.data?.items}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: prices.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: (next, pageSize) => setPage({ page: next, pageSize }),
        }}
        columns={[
          {
            title: t('pricing.sku'),
            key: 'sku',
            render: (_: unknown, row) => (
              <div className="price-sku-cell">
                <span>{row.productName}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[row.skuName, row.skuCode].filter(Boolean).join(' · ')}
                </Typography.Text>
              </div>
            ),
          },
          { title: t('pricing.unit'), dataIndex: 'unitName', width: 60 },
          {
            title: t('pricing.price'),
            dataIndex: 'price',
            align: 'right',
            width: 110,
            render: (fen: number, row) => (
              <div className="price-sku-cell" style={{ alignItems: 'flex-end' }}>
                <span className="money">{formatMoney(fen)}</span>
                <Typography.Text type="secondary" delete style={{ fontSize: 12 }} className="money">
                  {formatMoney(row.basePrice)}
                </Typography.Text>
              </div>
            ),
          },
          {
            title: t('pricing.validity'),
            key: 'validity',
            width: 120,
            render: (_: unknown, row) => (
              <span style={{ fontSize: 12 }}>{formatValidity(row.startsAt, row.endsAt, t)}</span>
            ),
          },
          { title: t('pricing.note'), dataIndex: 'note', ellipsis: true, render: (note: string) => note || '-' },
          ...(mayEdit
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 100,
                  render: (_: unknown, row: CustomerPrice) => (
                    <PriceRowActions
                      id={row.id}
                      testIdPrefix="customer-price"
                      onEdit={() => setEditing(row)}
                      onDelete={() => remove(row)}
                    />
                  ),
                },
              ]
            : []),
        ]}
        data-testid="customer-prices-table"
      />
      <PriceFormModal
        open={editing !== undefined}
        title={editing === 'new' ? t('pricing.addCustomerPrice') : t('pricing.editPrice')}
        withNote
        editing={
          editing && editing !== 'new'
            ? {
                skuId: editing.skuId,
                skuLabel: `${editing.productName} · ${editing.skuName} (${editing.skuCode})`,
                unitName: editing.unitName,
                price: editing.price,
                startsAt: editing.startsAt,
                endsAt: editing.endsAt,
                note: editing.note,
              }
            : undefined
        }
        onSave={save}
        onClose={() => setEditing(undefined)}
      />
    </div>
  );
}
