import { CheckOutlined, CloseOutlined, RollbackOutlined, SyncOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can, useMe } from '../../app/auth.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { formatMoney, yuanText } from '../../lib/money.ts';
import { AmountField, fenOf } from './amount-field.tsx';
import { type Payment, usePaymentActions } from './finance-api.ts';
import { awaitsConfirmation, isOnline, refundableOf } from './finance-rules.ts';

type Dialog = 'confirm' | 'reject' | 'refund';

/**
 * The steps finance may take on one payment, as buttons that open their dialog: 确认 / 驳回 a
 * reported transfer, 退款 part of an order payment, ask the provider about a pending online one.
 */
export function PaymentActions({ payment, size = 'small' }: { payment: Payment; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { message } = App.useApp();
  const showError = useApiError();
  const actions = usePaymentActions();
  const [dialog, setDialog] = useState<Dialog>();
  const confirmer = can(me, 'payments:confirm');
  const pendingTransfer = confirmer && awaitsConfirmation(payment);
  const refundable = confirmer ? refundableOf(payment) : 0;
  const syncable = payment.status === 'pending' && isOnline(payment.method);
  if (!pendingTransfer && !refundable && !syncable) return null;
  const id = payment.id;
  const close = () => setDialog(undefined);
  const sync = () =>
    actions.sync.mutate(id, {
      onSuccess: (p) =>
        p.status === 'succeeded'
          ? message.success(t('finance.sync.paid'))
          : message.info(t('finance.sync.stillPending')),
      onError: (error) => showError(error),
    });

  return (
    <>
      <Space size={4} wrap>
        {pendingTransfer ? (
          <>
            <Button
              type="primary"
              size={size}
              icon={<CheckOutlined />}
              onClick={() => setDialog('confirm')}
              data-testid={`payment-confirm-${id}`}
            >
              {t('finance.actions.confirm')}
            </Button>
            <Button
              danger
              size={size}
              icon={<CloseOutlined />}
              onClick={() => setDialog('reject')}
              data-testid={`payment-reject-${id}`}
            >
              {t('finance.actions.reject')}
            </Button>
          </>
        ) : null}
        {refundable ? (
          <Button
            size={size}
            icon={<RollbackOutlined />}
            onClick={() => setDialog('refund')}
            data-testid={`payment-refund-${id}`}
          >
            {t('finance.actions.refund')}
          </Button>
        ) : null}
        {syncable ? (
          <Button
            size={size}
            icon={<SyncOutlined />}
            loading={actions.sync.isPending}
            onClick={sync}
            data-testid={`payment-sync-${id}`}
          >
            {t('finance.actions.sync')}
          </Button>
        ) : null}
      </Space>
      {dialog === 'confirm' ? <ConfirmModal payment={payment} onClose={close} /> : null}
      {dialog === 'reject' ? <RejectModal payment={payment} onClose={close} /> : null}
      {dialog === 'refund' ? <RefundModal payment={payment} refundable={refundable} onClose={close} /> : null}
    </>
  );
}

/** Who paid what for what: the lines a finance dialog starts with. */
function PaymentSummary({ payment }: { payment: Payment }) {
  const { t } = useTranslation();
  return (
    <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
      <Descriptions.Item label={t('finance.payments.customer')}>{payment.customerName}</Descriptions.Item>
      <Descriptions.Item label={t('finance.payments.purpose')}>
        {payment.orderNumber
          ? `${t('finance.purposes.order')} ${payment.orderNumber}`
          : t(`finance.purposes.${payment.purpose}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('finance.payments.amount')}>
        <strong className="finance-money">{formatMoney(payment.amount)}</strong>
      </Descriptions.Item>
      <Descriptions.Item label={t('finance.payments.payer')}>{payment.payerName || '-'}</Descriptions.Item>
    </Descriptions>
  );
}

function ConfirmModal({ payment, onClose }: { payment: Payment; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const { confirm } = usePaymentActions();
  const [form] = Form.useForm<{ providerTradeNo?: string; note?: string }>();
  const submit = (values: { providerTradeNo?: string; note?: string }) =>
    confirm.mutate(
      {
        id: payment.id,
        providerTradeNo: values.providerTradeNo?.trim() || undefined,
        note: values.note?.trim() || undefined,
      },
      {
        onSuccess: () => {
          message.success(t('finance.confirm.done'));
          onClose();
        },
        onError: (error) => showError(error, form),
      },
    );
  return (
    <Modal
      open
      title={t('finance.confirm.title', { number: payment.number })}
      okText={t('finance.confirm.submit')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={confirm.isPending}
      okButtonProps={{ 'data-testid': 'payment-confirm-submit' }}
      destroyOnHidden
    >
      <PaymentSummary payment={payment} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ providerTradeNo: payment.providerTradeNo ?? '' }}
        onFinish={submit}
      >
        <Form.Item name="providerTradeNo" label={t('finance.confirm.providerTradeNo')}>
          <Input maxLength={100} data-testid="payment-confirm-trade-no" />
        </Form.Item>
        <Form.Item name="note" label={t('finance.confirm.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RejectModal({ payment, onClose }: { payment: Payment; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const { reject } = usePaymentActions();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={t('finance.reject.title', { number: payment.number })}
      okText={t('finance.reject.submit')}
      okButtonProps={{ danger: true, 'data-testid': 'payment-reject-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={reject.isPending}
      destroyOnHidden
    >
      <PaymentSummary payment={payment} />
      <p>{t('finance.reject.hint')}</p>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) =>
          reject.mutate(
            { id: payment.id, reason: values.reason.trim() },
            {
              onSuccess: () => {
                message.success(t('finance.reject.done'));
                onClose();
              },
              onError: (error) => showError(error, form),
            },
          )
        }
      >
        <Form.Item
          name="reason"
          label={t('finance.reject.reason')}
          rules={[{ required: true, whitespace: true, message: t('finance.reject.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="payment-reject-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RefundModal({ payment, refundable, onClose }: { payment: Payment; refundable: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const { refund } = usePaymentActions();
  const [form] = Form.useForm<{ amount: string; reason: string }>();
  return (
    <Modal
      open
      title={t('finance.refund.title', { number: payment.number })}
      okText={t('finance.refund.submit')}
      okButtonProps={{ danger: true, 'data-testid': 'payment-refund-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={refund.isPending}
      destroyOnHidden
    >
      <PaymentSummary payment={payment} />
      <p>
        {t('finance.refund.hint', {
          refundable: formatMoney(refundable),
          method: t(`orders.paymentMethods.${payment.method}`),
        })}
      </p>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ amount: yuanText(refundable) }}
        onFinish={(values) =>
          refund.mutate(
            { id: payment.id, amount: fenOf(values.amount), reason: values.reason.trim() },
            {
              onSuccess: () => {
                message.success(t('finance.refund.done'));
                onClose();
              },
              onError: (error) => showError(error, form),
            },
          )
        }
      >
        <AmountField
          max={refundable}
          maxMessage={t('finance.refund.exceeds', { amount: formatMoney(refundable) })}
          testId="payment-refund-amount"
        />
        <Form.Item
          name="reason"
          label={t('finance.refund.reason')}
          rules={[{ required: true, whitespace: true, message: t('finance.refund.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="payment-refund-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
