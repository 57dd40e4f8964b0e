import { CheckOutlined, CloseOutlined, ImportOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../components/use-api-error.ts';
import { returnStatusColor } from '../returns/returns.ts';
import { returnStatusKey } from './order-returns.ts';
import type { ReturnAction, ReturnStatus, ReturnView } from './order-types.ts';
import { ApproveReturnModal, ReceiveReturnModal, RejectReturnModal } from './return-modals.tsx';
import { useReturnActions } from './use-returns.ts';

export function ReturnStatusTag({ status }: { status: ReturnStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={returnStatusColor(status)} data-testid="return-status">
      {t(returnStatusKey(status))}
    </Tag>
  );
}

/** The buttons of one return's allowedActions (同意, 驳回, 收货入库, 撤销) with their dialogs. */
export function ReturnActions({ ret }: { ret: ReturnView }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const showError = useApiError();
  const [dialog, setDialog] = useState<ReturnAction>();
  const { step } = useReturnActions(ret.orderId);
  const may = (action: ReturnAction) => ret.allowedActions.includes(action);
  const run = (action: ReturnAction, body: { note?: string; refundAmount?: number; warehouseId?: number }) =>
    step.mutateAsync({ id: ret.id, action, body }).then(
      () => {
        message.success(t(`returns.${action}.done`));
        setDialog(undefined);
      },
      (error: unknown) => showError(error),
    );
  const cancel = () =>
    modal.confirm({
      title: t('returns.cancel.title'),
      okText: t('returns.actions.cancel'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'return-cancel-submit' },
      onOk: () => run('cancel', {}),
    });
  const testId = (action: string) => `return-${action}-${ret.id}`;
  return (
    <>
      <Space size={4} wrap>
        {may('approve') ? (
          <Button
            size="small"
            type="primary"
            icon={<CheckOutlined />}
            onClick={() => setDialog('approve')}
            data-testid={testId('approve')}
          >
            {t('returns.actions.approve')}
          </Button>
        ) : null}
        {may('reject') ? (
          <Button
            size="small"
            danger
            icon={<CloseOutlined />}
            onClick={() => setDialog('reject')}
            data-testid={testId('reject')}
          >
            {t('returns.actions.reject')}
          </Button>
        ) : null}
        {may('receive') ? (
          <Button
            size="small"
            type="primary"
            icon={<ImportOutlined />}
            onClick={() => setDialog('receive')}
            data-testid={testId('receive')}
          >
            {t('returns.actions.receive')}
          </Button>
        ) : null}
        {may('cancel') ? (
          <Button size="small" icon={<StopOutlined />} onClick={cancel} data-testid={testId('cancel')}>
            {t('returns.actions.cancel')}
          </Button>
        ) : null}
      </Space>
      {dialog === 'approve' ? (
        <ApproveReturnModal
          ret={ret}
          pending={step.isPending}
          onClose={() => setDialog(undefined)}
          onSubmit={(body) => void run('approve', body)}
        />
      ) : null}
      {dialog === 'reject' ? (
        <RejectReturnModal
          pending={step.isPending}
          onClose={() => setDialog(undefined)}
          onSubmit={(body) => void run('reject', body)}
        />
      ) : null}
      {dialog === 'receive' ? (
        <ReceiveReturnModal
          ret={ret}
          pending={step.isPending}
          onClose={() => setDialog(undefined)}
          onSubmit={(body) => void run('receive', body)}
        />
      ) : null}
    </>
  );
}
