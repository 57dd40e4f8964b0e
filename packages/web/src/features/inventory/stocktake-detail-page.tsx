import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Card, Descriptions, InputNumber, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { NotFound } from '../../components/not-found.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { SkuPicker } from '../products/sku-picker.tsx';
import { type Stocktake, stockQueryKeys } from './inventory-api.ts';
import { signed } from './stock-display.ts';
import { postingChange, stocktakeStatusColor } from './stocktake-status.ts';
import { skuColumn } from './table-parts.tsx';
import { useStockError } from './use-stock-error.ts';
import './inventory.css';

type Line = Stocktake['lines'][number];
type Count = { skuId: number; countedQuantity: number };

const Difference = ({ value }: { value: number }) =>
  value === 0 ? <span>0</span> : <span className={value > 0 ? 'qty-in' : 'qty-out'}>{signed(value)}</span>;

/** A counted quantity edited in place on an open stocktake; saved on Enter or blur. */
function CountCell({ line, onSave }: { line: Line; onSave: (count: Count) => void }) {
  const [draft, setDraft] = useState<number | null>(line.countedQuantity);
  const commit = () => {
    if (draft !== null && draft !== line.countedQuantity) onSave({ skuId: line.skuId, countedQuantity: draft });
  };
  return (
    <InputNumber<number>
      size="small"
      min={0}
      precision={0}
      value={draft}
      onChange={setDraft}
      onBlur={commit}
      onPressEnter={commit}
      style={{ width: 100 }}
      data-testid={`count-${line.skuId}`}
    />
  );
}

/** 盘点单: counts against the book, the differences, and posting them as stocktake movements. */
export function StocktakeDetailPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { message } = App.useApp();
  const showError = useStockError();
  const client = useQueryClient();
  const id = Number(useParams().id);
  const [newSku, setNewSku] = useState<number>();
  const [newCount, setNewCount] = useState<number | null>(null);
  const key = ['inventory', 'stocktakes', id];
  const stocktake = useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/api/inventory/stocktakes/{id}', { params: { path: { id } } })),
    enabled: can(me, 'inventory:view') && Number.isSafeInteger(id),
  });
  const onSaved = (data: Stocktake) => client.setQueryData(key, data);
  const count = useMutation({
    mutationFn: (lines: Count[]) =>
      unwrap(api.PUT('/api/inventory/stocktakes/{id}/lines', { params: { path: { id } }, body: { lines } })),
    onSuccess: (data) => {
      onSaved(data);
      setNewSku(undefined);
      setNewCount(null);
    },
    onError: (error) => showError(error),
  });
  // Fills every SKU the warehouse holds with its book quantity, to be corrected where the count differs.
  const fillFromBook = useMutation({
    mutationFn: async (warehouseId: number) => {
      const lines: Count[] = [];
      for (let page = 1; ; page++) {
        const levels = await unwrap(
          api.GET('/api/inventory/levels', { params: { query: { warehouseId, page, pageSize: 100 } } }),
        );
        const counted = new Set(stocktake.data?.lines.map((l) => l.skuId));
        lines.push(
          ...levels.items
            .filter((l) => !counted.has(l.skuId))
            .map((l) => ({ skuId: l.skuId, countedQuantity: l.onHand })),
        );
        if (page * 100 >= levels.total) break;
      }
      if (!lines.length) return stocktake.data!;
      return unwrap(api.PUT('/api/inventory/stocktakes/{id}/lines', { params: { path: { id } }, body: { lines } }));
    },
    onSuccess: onSaved,
    onError: (error) => showError(error),
  });
  const transition = useMutation({
    mutationFn: (action: 'post' | 'cancel') =>
      action === 'post'
        ? unwrap(api.POST('/api/inventory/stocktakes/{id}/post', { params: { path: { id } } }))
        : unwrap(api.POST('/api/inventory/stocktakes/{id}/cancel', { params: { path: { id } } })),
    onSuccess: (data, action) => {
      onSaved(data);
      message.success(t(action === 'post' ? 'inventory.stocktakes.posted' : 'inventory.stocktakes.cancelled'));
      void client.invalidateQueries({ queryKey: ['inventory', 'stocktakes'], exact: false });
      for (const queryKey of stockQueryKeys) void client.invalidateQueries({ queryKey });
    },
    onError: (error) => showError(error),
  });

  if (!can(me, 'inventory:view')) return <Forbidden />;
  if (stocktake.isError) return <NotFound home="/admin/inventory/stocktakes" />;
  const st = stocktake.data;
  const editable = st?.status === 'open' && can(me, 'inventory:edit');
  const changes = st?.lines.filter((l) => postingChange(l) !== 0) ?? [];

  return (
    <div data-testid="stocktake-detail-page">
      <PageHeader
        title={
          <Space>
            <Link to="/admin/inventory/stocktakes">{t('inventory.stocktakes.title')}</Link>/<span>PD-{id}</span>
            {st ? (
              <Badge
                status={stocktakeStatusColor[st.status] as 'default'}
                text={t(`inventory.stocktakes.status.${st.status}`)}
              />
            ) : null}
          </Space>
        }
        extra={
          editable ? (
            <>
              <Popconfirm title={t('inventory.stocktakes.cancelConfirm')} onConfirm={() => transition.mutate('cancel')}>
                <Button danger data-testid="stocktake-cancel">
                  {t('inventory.stocktakes.cancel')}
                </Button>
              </Popconfirm>
              <Popconfirm
                title={t('inventory.stocktakes.postConfirm', { count: changes.length })}
                onConfirm={() => transition.mutate('post')}
                okButtonProps={{ 'data-testid': 'stocktake-post-confirm' }}
              >
                <Button
                  type="primary"
                  disabled={!st?.lines.length}
                  loading={transition.isPending}
                  data-testid="stocktake-post"
                >
                  {t('inventory.stocktakes.post')}
                </Button>
              </Popconfirm>
            </>
          ) : null
        }
      />
      <Card loading={!st} style={{ marginBottom: 16 }}>
        {st ? (
          <Descriptions column={4} size="small">
            <Descriptions.Item label={t('inventory.warehouse')}>{st.warehouseName}</Descriptions.Item>
            <Descriptions.Item label={t('inventory.stocktakes.note')}>{st.note || '-'}</Descriptions.Item>
            <Descriptions.Item label={t('inventory.stocktakes.createdBy')}>
              {st.createdByName ?? '-'} · {formatDateTime(st.createdAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('inventory.stocktakes.postedAt')}>
              {st.postedAt ? `${st.postedByName ?? '-'} · ${formatDateTime(st.postedAt)}` : '-'}
            </Descriptions.Item>
          </Descriptions>
        ) : null}
      </Card>
      <Card
        title={t('inventory.stocktakes.lines', { count: st?.lines.length ?? 0 })}
        extra={
          editable ? (
            <Space>
              <SkuPicker value={newSku} onChange={(skuId) => setNewSku(skuId)} testId="count-sku" />
              <InputNumber<number>
                min={0}
                precision={0}
                value={newCount}
                onChange={setNewCount}
                placeholder={t('inventory.stocktakes.counted')}
                data-testid="count-quantity"
              />
              <Button
                disabled={newSku === undefined || newCount === null}
                onClick={() => count.mutate([{ skuId: newSku!, countedQuantity: newCount! }])}
                loading={count.isPending}
                data-testid="count-add"
              >
                {t('inventory.stocktakes.addCount')}
              </Button>
              <Button
                onClick={() => fillFromBook.mutate(st!.warehouseId)}
                loading={fillFromBook.isPending}
                data-testid="count-fill"
              >
                {t('inventory.stocktakes.fillFromBook')}
              </Button>
            </Space>
          ) : null
        }
      >
        <Table<Line>
          rowKey="skuId"
          dataSource={st?.lines}
          pagination={false}
          size="middle"
          rowClassName={(line) => (line.difference !== 0 ? 'stock-low-row' : '')}
          columns={[
            skuColumn<Line>(t),
            { title: t('inventory.stocktakes.book'), dataIndex: 'bookQuantity', align: 'right', width: 110 },
            {
              title: t('inventory.stocktakes.counted'),
              dataIndex: 'countedQuantity',
              align: 'right',
              width: 130,
              render: (value: number, line) =>
                editable ? <CountCell key={value} line={line} onSave={(c) => count.mutate([c])} /> : value,
            },
            {
              title: t('inventory.stocktakes.difference'),
              dataIndex: 'difference',
              align: 'right',
              width: 110,
              render: (value: number) => <Difference value={value} />,
            },
            ...(st?.status === 'open'
              ? [
                  {
                    title: t('inventory.stocktakes.onHandNow'),
                    dataIndex: 'onHand',
                    align: 'right' as const,
                    width: 120,
                  },
                  {
                    title: t('inventory.stocktakes.willPost'),
                    key: 'willPost',
                    align: 'right' as const,
                    width: 120,
                    render: (_: unknown, line: Line) => {
                      const change = postingChange(line);
                      return (
                        <Space size={4}>
                          {line.countedQuantity < line.reserved ? (
                            <Tag color="red">{t('inventory.stocktakes.belowReserved')}</Tag>
                          ) : null}
                          <Difference value={change} />
                        </Space>
                      );
                    },
                  },
                ]
              : []),
            {
              title: t('inventory.stocktakes.countedAt'),
              dataIndex: 'countedAt',
              width: 150,
              render: (v: string) => formatDateTime(v),
            },
          ]}
          data-testid="stocktake-lines"
        />
      </Card>
    </div>
  );
}
