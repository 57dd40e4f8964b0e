import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { CommandDone } from './command-done.tsx';
import { stockQueryKeys } from './inventory-api.ts';
import { StockLinesField } from './stock-lines-field.tsx';
import { useStockError } from './use-stock-error.ts';
import { WarehouseSelect } from './warehouse-select.tsx';
import './inventory.css';

interface Values {
  fromWarehouseId: number;
  toWarehouseId: number;
  reason: string;
  lines: { skuId: number; quantity: number }[];
}

/** What the source warehouse has of a line's SKU: available (on hand − reserved). */
function SourceAvailable({ skuId, warehouseId }: { skuId?: number; warehouseId?: number }) {
  const { t } = useTranslation();
  const level = useQuery({
    queryKey: ['inventory', 'levels', 'one', skuId, warehouseId],
    queryFn: () => unwrap(api.GET('/api/inventory/levels', { params: { query: { skuId, warehouseId } } })),
    enabled: skuId !== undefined && warehouseId !== undefined,
  });
  if (!skuId || !warehouseId || !level.data) return <td />;
  const row = level.data.items[0];
  return (
    <td style={{ paddingTop: 5 }} data-testid="line-source-available">
      {t('inventory.transfers.sourceAvailable', { count: row?.available ?? 0 })}
      {row?.trackBatches ? <span className="sku-option-code"> · {t('inventory.transfers.fefo')}</span> : null}
    </td>
  );
}

/** 调拨: move stock from one warehouse to another; batches leave first-expiry-first-out. */
export function TransferPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { message } = App.useApp();
  const showError = useStockError();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const from = Form.useWatch('fromWarehouseId', form);
  const to = Form.useWatch('toWarehouseId', form);
  const [done, setDone] = useState<{ id: number; count: number }>();
  const transfer = useMutation({
    mutationFn: (values: Values) =>
      unwrap(api.POST('/api/inventory/transfers', { body: { ...values, reason: values.reason.trim() } })),
    onSuccess: (result) => {
      message.success(t('inventory.transfers.done'));
      for (const queryKey of stockQueryKeys) void client.invalidateQueries({ queryKey });
      setDone({ id: result.id, count: result.lines.length });
    },
    onError: (error) => showError(error, form),
  });
  if (!can(me, 'inventory:edit')) return <Forbidden />;

  if (done) {
    return (
      <CommandDone
        title={t('inventory.transfers.doneTitle', { id: done.id })}
        lines={done.count}
        againLabel={t('inventory.transfers.again')}
        onAgain={() => {
          form.resetFields();
          setDone(undefined);
        }}
        reference={{ type: 'transfer', id: done.id }}
      />
    );
  }

  return (
    <div data-testid="inventory-transfer-page">
      <PageHeader title={t('inventory.transfers.title')} />
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ lines: [{}] }}
          onFinish={(values) => transfer.mutate(values)}
          data-testid="transfer-form"
        >
          <Space size={16} align="start" wrap>
            <Form.Item name="fromWarehouseId" label={t('inventory.transfers.from')} rules={[{ required: true }]}>
              <WarehouseSelect exclude={to} style={{ width: 220 }} testId="transfer-from" />
            </Form.Item>
            <Form.Item name="toWarehouseId" label={t('inventory.transfers.to')} rules={[{ required: true }]}>
              <WarehouseSelect exclude={from} style={{ width: 220 }} testId="transfer-to" />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('inventory.reason')}
              rules={[{ required: true, whitespace: true }]}
              style={{ width: 420 }}
            >
              <Input
                maxLength={200}
                placeholder={t('inventory.transfers.reasonPlaceholder')}
                data-testid="transfer-reason"
              />
            </Form.Item>
          </Space>
          <StockLinesField
            extraHeads={[t('inventory.transfers.sourceStock')]}
            extra={(index, skuId) => <SourceAvailable key={`a${index}`} skuId={skuId} warehouseId={from} />}
          />
          <div style={{ marginTop: 24, display: 'flex', justifyContent: 'flex-end' }}>
            <Button type="primary" htmlType="submit" loading={transfer.isPending} data-testid="transfer-submit">
              {t('inventory.transfers.submit')}
            </Button>
          </div>
        </Form>
      </Card>
    </div>
  );
}
