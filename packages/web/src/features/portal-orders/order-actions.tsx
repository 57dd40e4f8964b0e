import { App, Button, Input, Modal, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiError } from '../../components/use-api-error.ts';
import { useOrderCommand, useReorder } from './use-my-orders.ts';

/** 再来一单: the lines go into the cart, then the cart opens; lines that could not are named. */
export function ReorderButton({ orderId, block }: { orderId: number; block?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const navigate = useNavigate();
  const reorder = useReorder();
  return (
    <Button
      block={block}
      loading={reorder.isPending}
      onClick={() =>
        reorder.mutate(orderId, {
          onSuccess: ({ skipped }) => {
            if (skipped.length) message.warning(t('portalOrders.reorderSkipped', { items: skipped.join('、') }));
            else message.success(t('portalOrders.reordered'));
            navigate('/portal/cart');
          },
          onError: (error) => showError(error),
        })
      }
      data-testid="order-reorder"
    >
      {t('portalOrders.reorder')}
    </Button>
  );
}

export function ConfirmReceiptButton({ orderId, block }: { orderId: number; block?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const command = useOrderCommand();
  return (
    <Popconfirm
      title={t('portalOrders.confirmReceiptAsk')}
      okText={t('portalOrders.confirmReceipt')}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        command.mutateAsync({ id: orderId, action: 'complete' }).then(
          () => message.success(t('portalOrders.received')),
          (error) => showError(error),
        )
      }
    >
      <Button type="primary" block={block} loading={command.isPending} data-testid="order-complete">
        {t('portalOrders.confirmReceipt')}
      </Button>
    </Popconfirm>
  );
}

export function CancelOrderButton({ orderId, block }: { orderId: number; block?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const command = useOrderCommand();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = reason.trim() === '';
  const submit = () => {
    setTouched(true);
    if (missing) return;
    command.mutate(
      { id: orderId, action: 'cancel', reason: reason.trim() },
      {
        onSuccess: () => {
          message.success(t('portalOrders.cancelled'));
          setOpen(false);
        },
        onError: (error) => showError(error),
      },
    );
  };
  return (
    <>
      <Button danger block={block} onClick={() => setOpen(true)} data-testid="order-cancel">
        {t('portalOrders.cancel')}
      </Button>
      <Modal
        open={open}
        title={t('portalOrders.cancelTitle')}
        okText={t('portalOrders.cancel')}
        okButtonProps={{ danger: true, loading: command.isPending }}
        cancelText={t('portalOrders.keep')}
        onOk={submit}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <div className="option-label">{t('portalOrders.cancelReason')}</div>
        <Input.TextArea
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          maxLength={500}
          autoSize={{ minRows: 2, maxRows: 4 }}
          placeholder={t('portalOrders.cancelReasonPlaceholder')}
          status={touched && missing ? 'error' : undefined}
          data-testid="order-cancel-reason"
        />
        {touched && missing ? (
          <div className="ant-form-item-explain-error" style={{ marginTop: 4 }}>
            {t('portalOrders.cancelReasonRequired')}
          </div>
        ) : null}
      </Modal>
    </>
  );
}
