import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { CustomerBatchBody } from '../../api/types.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { LevelSelect, SalespersonSelect } from './customer-options.tsx';

export type BatchAction = CustomerBatchBody['action'];

/** Runs a batch action on the selected customers and reports how many actually changed. */
export function useCustomerBatch(onDone: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const showError = useApiError();
  return useMutation({
    mutationFn: (body: CustomerBatchBody) => unwrap(api.POST('/api/customers/batch', { body })),
    onSuccess: ({ updated }) => {
      message.success(t('customers.batchDone', { count: updated }));
      void client.invalidateQueries({ queryKey: ['customers'] });
      onDone();
    },
    onError: (error) => showError(error),
  });
}

/** Picks the salesperson or level a batch assigns. */
export function BatchAssignModal({
  action,
  ids,
  onClose,
  onDone,
}: {
  action?: 'assign_salesperson' | 'set_level';
  ids: number[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ value: number }>();
  const batch = useCustomerBatch(() => {
    onClose();
    onDone();
  });
  const assigning = action === 'assign_salesperson';
  return (
    <Modal
      title={t(assigning ? 'customers.batchAssign' : 'customers.batchLevel', { count: ids.length })}
      open={!!action}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={batch.isPending}
      okButtonProps={{ 'data-testid': 'batch-submit' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={({ value }) =>
          batch.mutate(
            assigning
              ? { ids, action: 'assign_salesperson', salespersonId: value }
              : { ids, action: 'set_level', levelId: value },
          )
        }
      >
        <Form.Item
          name="value"
          label={assigning ? t('customers.salesperson') : t('customers.level')}
          rules={[{ required: true }]}
        >
          {assigning ? (
            <SalespersonSelect allowClear={false} testId="batch-salesperson-select" />
          ) : (
            <LevelSelect allowClear={false} placeholder={t('customers.level')} testId="batch-level-select" />
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}
