import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Descriptions, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { Customer } from '../../api/types.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { formatRegion } from '../../lib/regions.ts';
import { LevelSelect, SalespersonSelect, useSalespeople } from './customer-options.tsx';

export type Review = { customer: Customer; decision: 'approve' | 'reject' };

/** 审核: approve a pending customer with a level and salesperson, or reject it with a reason. */
export function ReviewModal({ review, onClose }: { review?: Review; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const showError = useApiError();
  const salespeople = useSalespeople();
  const [form] = Form.useForm<{ levelId?: number; salespersonId?: number; reason?: string }>();
  const customer = review?.customer;
  const approving = review?.decision === 'approve';
  const submit = useMutation({
    mutationFn: async (values: { levelId?: number; salespersonId?: number; reason?: string }) => {
      const path = { id: customer!.id };
      if (approving) {
        return unwrap(
          api.POST('/api/customers/{id}/approve', {
            params: { path },
            body: {
              ...(values.levelId ? { levelId: values.levelId } : {}),
              ...(values.salespersonId ? { salespersonId: values.salespersonId } : {}),
            },
          }),
        );
      }
      return unwrap(
        api.POST('/api/customers/{id}/reject', { params: { path }, body: { reason: values.reason!.trim() } }),
      );
    },
    onSuccess: () => {
      message.success(approving ? t('customers.approved') : t('customers.rejected'));
      void client.invalidateQueries({ queryKey: ['customers'] });
      void client.invalidateQueries({ queryKey: ['workbench'] });
      onClose();
    },
    onError: (error) => showError(error, form),
  });

  return (
    <Modal
      title={approving ? t('customers.approveTitle') : t('customers.rejectTitle')}
      open={!!review}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={approving ? t('customers.approve') : t('customers.reject')}
      okButtonProps={{ danger: !approving, 'data-testid': 'review-submit' }}
      cancelText={t('common.cancel')}
      confirmLoading={submit.isPending}
      destroyOnHidden
      width={520}
    >
      {customer ? (
        <>
          <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('customers.name')}>{customer.name}</Descriptions.Item>
            <Descriptions.Item label={t('customers.contact')}>
              {[customer.contactName, customer.phone].filter(Boolean).join(' · ') || '-'}
            </Descriptions.Item>
            <Descriptions.Item label={t('customers.address')}>
              {formatRegion(customer, customer.address) || '-'}
            </Descriptions.Item>
          </Descriptions>
          <Form
            form={form}
            layout="vertical"
            preserve={false}
            initialValues={{
              levelId: customer.levelId ?? undefined,
              salespersonId: customer.salespersonId ?? undefined,
            }}
            onFinish={(values) => submit.mutate(values)}
            data-testid={approving ? 'approve-form' : 'reject-form'}
          >
            {approving ? (
              <>
                <Form.Item name="levelId" label={t('customers.level')}>
                  <LevelSelect testId="approve-level" />
                </Form.Item>
                {salespeople.allowed ? (
                  <Form.Item name="salespersonId" label={t('customers.salesperson')}>
                    <SalespersonSelect testId="approve-salesperson" />
                  </Form.Item>
                ) : (
                  <Alert type="info" showIcon title={t('customers.approveOwnHint')} />
                )}
              </>
            ) : (
              <Form.Item
                name="reason"
                label={t('customers.rejectReason')}
                rules={[{ required: true, whitespace: true, max: 500, message: t('customers.rejectReasonRequired') }]}
              >
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} data-testid="reject-reason" />
              </Form.Item>
            )}
          </Form>
        </>
      ) : null}
    </Modal>
  );
}
