import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { SkuPicker } from '../products/sku-picker.tsx';
import { useSkuSettings } from './inventory-api.ts';
import { useStockError } from './use-stock-error.ts';

/** SKU 库存设置: backorders and batch keeping of one SKU (batch keeping changes only without stock). */
export function SkuSettingsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useStockError();
  const client = useQueryClient();
  const [skuId, setSkuId] = useState<number>();
  const [values, setValues] = useState({ allowBackorder: false, trackBatches: false });
  const settings = useSkuSettings(skuId);
  useEffect(() => {
    if (settings.data)
      setValues({ allowBackorder: settings.data.allowBackorder, trackBatches: settings.data.trackBatches });
  }, [settings.data]);
  const save = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/inventory/skus/{id}', { params: { path: { id: skuId! } }, body: values })),
    onSuccess: () => {
      message.success(t('inventory.skuSettings.saved'));
      void client.invalidateQueries({ queryKey: ['inventory'] });
      onClose();
    },
    onError: (error) => showError(error),
  });
  return (
    <Modal
      title={t('inventory.skuSettings.title')}
      open={open}
      onCancel={onClose}
      onOk={() => save.mutate()}
      okText={t('common.save')}
      okButtonProps={{ disabled: !settings.data, 'data-testid': 'sku-settings-save' }}
      confirmLoading={save.isPending}
      width={520}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('inventory.sku')} required>
          <SkuPicker value={skuId} onChange={(id) => setSkuId(id)} testId="sku-settings-sku" />
        </Form.Item>
        <Form.Item label={t('inventory.skuSettings.trackBatches')} extra={t('inventory.skuSettings.trackBatchesHint')}>
          <Switch
            checked={values.trackBatches}
            disabled={!settings.data}
            onChange={(trackBatches) => setValues((v) => ({ ...v, trackBatches }))}
            data-testid="sku-settings-batches"
          />
        </Form.Item>
        <Form.Item
          label={t('inventory.skuSettings.allowBackorder')}
          extra={t('inventory.skuSettings.allowBackorderHint')}
        >
          <Switch
            checked={values.allowBackorder}
            disabled={!settings.data}
            onChange={(allowBackorder) => setValues((v) => ({ ...v, allowBackorder }))}
            data-testid="sku-settings-backorder"
          />
        </Form.Item>
      </Form>
      {!skuId ? <Alert type="info" showIcon message={t('inventory.skuSettings.pick')} /> : null}
    </Modal>
  );
}
