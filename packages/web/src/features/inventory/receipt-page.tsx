import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { CommandDone } from './command-done.tsx';
import { stockQueryKeys, useSkuSettings, useWarehouses } from './inventory-api.ts';
import { StockLinesField } from './stock-lines-field.tsx';
import { useStockError } from './use-stock-error.ts';
import { WarehouseSelect } from './warehouse-select.tsx';
import './inventory.css';

interface Values {
  warehouseId?: number;
  reason?: string;
  lines: { skuId: number; quantity: number; batchNo?: string; expiresOn?: Dayjs | null }[];
}

/** Batch number and expiry of a receipt line, shown only for a SKU kept in batches. */
function BatchCells({ index, skuId }: { index: number; skuId: number | undefined }) {
  const { t } = useTranslation();
  const settings = useSkuSettings(skuId);
  if (!settings.data?.trackBatches) {
    return (
      <>
        <td style={{ paddingTop: 5, color: '#98a2b3' }}>{skuId ? t('inventory.receipts.noBatches') : ''}</td>
        <td />
      </>
    );
  }
  return (
    <>
      <td style={{ paddingRight: 8 }}>
        <Form.Item
          name={[index, 'batchNo']}
          rules={[{ required: true, whitespace: true, message: t('inventory.receipts.batchRequired') }]}
        >
          <Input maxLength={64} placeholder={t('inventory.batchNo')} data-testid={`line-batch-${index}`} />
        </Form.Item>
      </td>
      <td style={{ paddingRight: 8 }}>
        <Form.Item name={[index, 'expiresOn']}>
          <DatePicker
            style={{ width: '100%' }}
            placeholder={t('inventory.expiresOn')}
            data-testid={`line-expiry-${index}`}
          />
        </Form.Item>
      </td>
    </>
  );
}

/** 入库: receive goods into a warehouse, several SKUs at once, with batch and expiry where kept. */
export function ReceiptPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { message } = App.useApp();
  const showError = useStockError();
  const client = useQueryClient();
  const warehouses = useWarehouses();
  const [form] = Form.useForm<Values>();
  const [done, setDone] = useState<{ id: number; count: number }>();
  const receive = useMutation({
    mutationFn: (values: Values) =>
      unwrap(
        api.POST('/api/inventory/receipts', {
          body: {
            warehouseId: values.warehouseId,
            reason: values.reason?.trim() || undefined,
            lines: values.lines.map((line) => ({
              skuId: line.skuId,
              quantity: line.quantity,
              batchNo: line.batchNo?.trim() || undefined,
              expiresOn: line.expiresOn ? line.expiresOn.format('YYYY-MM-DD') : undefined,
            })),
          },
        }),
      ),
    onSuccess: (receipt) => {
      message.success(t('inventory.receipts.done'));
      for (const queryKey of stockQueryKeys) void client.invalidateQueries({ queryKey });
      setDone({ id: receipt.id, count: receipt.lines.length });
    },
    onError: (error) => showError(error, form),
  });
  if (!can(me, 'inventory:edit')) return <Forbidden />;
  const defaultId = warehouses.data?.find((w) => w.isDefault)?.id;

  if (done) {
    return (
      <CommandDone
        title={t('inventory.receipts.doneTitle', { id: done.id })}
        lines={done.count}
        againLabel={t('inventory.receipts.again')}
        onAgain={() => {
          form.resetFields();
          setDone(undefined);
        }}
        reference={{ type: 'receipt', id: done.id }}
      />
    );
  }

  return (
    <div data-testid="inventory-receipt-page">
      <PageHeader title={t('inventory.receipts.title')} />
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ lines: [{}] }}
          onFinish={(values) => receive.mutate(values)}
          data-testid="receipt-form"
        >
          <Space size={16} align="start" wrap>
            <Form.Item name="warehouseId" label={t('inventory.warehouse')} extra={t('inventory.receipts.defaultHint')}>
              <WarehouseSelect
                placeholder={warehouses.data?.find((w) => w.id === defaultId)?.name}
                style={{ width: 240 }}
                testId="receipt-warehouse"
              />
            </Form.Item>
            <Form.Item name="reason" label={t('inventory.receipts.reason')} style={{ width: 480 }}>
              <Input
                maxLength={200}
                placeholder={t('inventory.receipts.reasonPlaceholder')}
                data-testid="receipt-reason"
              />
            </Form.Item>
          </Space>
          <StockLinesField
            extraHeads={[
              <span key="b" style={{ display: 'inline-block', width: 200 }}>
                {t('inventory.batchNo')}
              </span>,
              <span key="e" style={{ display: 'inline-block', width: 170 }}>
                {t('inventory.expiresOn')}
              </span>,
            ]}
            extra={(index, skuId) => <BatchCells key={`b${index}`} index={index} skuId={skuId} />}
          />
          <div style={{ marginTop: 24, display: 'flex', justifyContent: 'flex-end' }}>
            <Button type="primary" htmlType="submit" loading={receive.isPending} data-testid="receipt-submit">
              {t('inventory.receipts.submit')}
            </Button>
          </div>
        </Form>
      </Card>
    </div>
  );
}
