import { BankOutlined, RedoOutlined, WalletOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can, useMe } from '../../app/auth.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { formatMoney } from '../../lib/money.ts';
import { type Refund, useRefundActions } from './finance-api.ts';
import { isOnline, refundOpen } from './finance-rules.ts';

type Finish = 'transferred' | 'toWallet';

/**
 * Finishing an open refund: 已转账 (finance sent the money), 转入预存款 (the money goes to the wallet
 * instead) and, for an online one, 重试 (send it to the provider again).
 */
export function RefundActions({ refund, size = 'small' }: { refund: Refund; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { message } = App.useApp();
  const showError = useApiError();
  const { retry } = useRefundActions();
  const [finish, setFinish] = useState<Finish>();
  if (!refundOpen(refund) || !can(me, 'payments:confirm')) return null;
  const id = refund.id;
  return (
    <>
      <Space size={4} wrap>
        <Button
          type="primary"
          size={size}
          icon={<BankOutlined />}
          onClick={() => setFinish('transferred')}
          data-testid={`refund-transferred-${id}`}
        >
          {t('finance.refunds.transferred')}
        </Button>
        <Button
          size={size}
          icon={<WalletOutlined />}
          onClick={() => setFinish('toWallet')}
          data-testid={`refund-to-wallet-${id}`}
        >
          {t('finance.refunds.toWallet')}
        </Button>
        {isOnline(refund.method) ? (
          <Button
            size={size}
            icon={<RedoOutlined />}
            loading={retry.isPending}
            onClick={() =>
              retry.mutate(id, {
                onSuccess: () => message.success(t('finance.refunds.retried')),
                onError: (error) => showError(error),
              })
            }
            data-testid={`refund-retry-${id}`}
          >
            {t('finance.refunds.retry')}
          </Button>
        ) : null}
      </Space>
      {finish ? <FinishModal refund={refund} finish={finish} onClose={() => setFinish(undefined)} /> : null}
    </>
  );
}

function FinishModal({ refund, finish, onClose }: { refund: Refund; finish: Finish; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const { complete } = useRefundActions();
  const [form] = Form.useForm<{ note?: string }>();
  const amount = formatMoney(refund.amount);
  return (
    <Modal
      open
      title={t(`finance.refunds.${finish}Title`, { number: refund.number })}
      okText={t(`finance.refunds.${finish}`)}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={complete.isPending}
      okButtonProps={{ 'data-testid': 'refund-finish-submit' }}
      destroyOnHidden
    >
      <p>{t(`finance.refunds.${finish}Hint`, { amount, customer: refund.customerName })}</p>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          complete.mutate(
            { id: refund.id, toWallet: finish === 'toWallet', note: values.note?.trim() || undefined },
            {
              onSuccess: () => {
                message.success(t('finance.refunds.done'));
                onClose();
              },
              onError: (error) => showError(error, form),
            },
          )
        }
      >
        <Form.Item name="note" label={t('finance.refunds.note')}>
          <Input.TextArea rows={2} maxLength={500} data-testid="refund-finish-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
