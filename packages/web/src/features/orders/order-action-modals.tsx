import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { orderStatusKey } from './order-status.ts';
import type { OrderStatus } from './order-types.ts';

/** 审核通过 with an optional note; the title names the review step the order is in. */
export function ApproveModal({
  status,
  pending,
  onSubmit,
  onClose,
}: {
  status: OrderStatus;
  pending: boolean;
  onSubmit: (note: string | undefined) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note?: string }>();
  return (
    <Modal
      open
      title={t('orders.approve.title', { step: t(orderStatusKey(status)) })}
      okText={t('orders.actions.approve')}
      onOk={() => onSubmit(form.getFieldValue('note')?.trim() || undefined)}
      onCancel={onClose}
      confirmLoading={pending}
      okButtonProps={{ 'data-testid': 'approve-submit' }}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="note" label={t('orders.approve.note')}>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="approve-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 取消订单: a reason is required; the stock the order holds is released. */
export function CancelModal({
  pending,
  onSubmit,
  onClose,
}: {
  pending: boolean;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={t('orders.cancel.title')}
      okText={t('orders.cancel.submit')}
      okButtonProps={{ danger: true, 'data-testid': 'cancel-submit' }}
      cancelText={t('orders.cancel.keep')}
      onOk={() =>
        form.validateFields().then(
          (values) => onSubmit(values.reason.trim()),
          () => undefined, // the field shows what is missing
        )
      }
      onCancel={onClose}
      confirmLoading={pending}
    >
      <p>{t('orders.cancel.hint')}</p>
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="reason"
          label={t('orders.cancel.reason')}
          rules={[{ required: true, whitespace: true, message: t('orders.cancel.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="cancel-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
