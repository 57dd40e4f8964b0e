import { PaperClipOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Drawer, Result, Skeleton, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { type Payment, usePayment, usePaymentActions } from './finance-api.ts';
import { voucherRules } from './finance-rules.ts';
import { PaymentStateTag } from './finance-tags.tsx';
import { PaymentActions } from './payment-actions.tsx';
import { VoucherThumbs } from './voucher-thumbs.tsx';

/** 收款详情: one payment with its vouchers (previewed in place) and what finance may do with it. */
export function PaymentDrawer({ paymentId, onClose }: { paymentId: number | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const payment = usePayment(paymentId);
  const p = payment.data;
  return (
    <Drawer
      open={paymentId !== undefined}
      onClose={onClose}
      size={560}
      title={p ? t('finance.payments.detailOf', { number: p.number }) : t('finance.payments.detail')}
      extra={p ? <PaymentActions payment={p} size="middle" /> : null}
      destroyOnHidden
      data-testid="payment-drawer"
    >
      {payment.isError ? (
        <Result
          status="warning"
          title={
            payment.error instanceof ApiError && payment.error.status === 404
              ? t('notFound.title')
              : t('common.loadFailed')
          }
        />
      ) : p ? (
        <PaymentDetail payment={p} />
      ) : (
        <Skeleton active />
      )}
    </Drawer>
  );
}

function PaymentDetail({ payment: p }: { payment: Payment }) {
  const { t } = useTranslation();
  const surplus = p.status === 'succeeded' ? p.amount - p.appliedAmount : 0;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div className="finance-drawer-head">
        <span className="finance-money finance-drawer-amount" data-testid="payment-drawer-amount">
          {formatMoney(p.amount)}
        </span>
        <PaymentStateTag payment={p} />
      </div>
      {p.rejectReason ? (
        <Alert type="error" showIcon title={t('finance.payments.rejectReason')} description={p.rejectReason} />
      ) : null}
      {surplus > 0 ? (
        <Alert type="info" showIcon title={t('finance.payments.surplus', { amount: formatMoney(surplus) })} />
      ) : null}
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 136 } }}>
        <Descriptions.Item label={t('finance.payments.customer')}>
          <Link to={`/admin/customers/${p.customerId}/account`}>{p.customerName}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('finance.payments.purpose')}>
          {t(`finance.purposes.${p.purpose}`)}
          {p.orderId ? (
            <Link to={`/admin/orders/${p.orderId}`} style={{ marginInlineStart: 8 }} data-testid="payment-drawer-order">
              {p.orderNumber}
            </Link>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('finance.payments.method')}>
          {t(`orders.paymentMethods.${p.method}`)}
        </Descriptions.Item>
        {p.refundedAmount ? (
          <Descriptions.Item label={t('finance.payments.refunded')}>{formatMoney(p.refundedAmount)}</Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('finance.payments.payer')}>{p.payerName || '-'}</Descriptions.Item>
        <Descriptions.Item label={t('finance.payments.providerTradeNo')}>
          {p.providerTradeNo ? <Typography.Text copyable>{p.providerTradeNo}</Typography.Text> : '-'}
        </Descriptions.Item>
        <Descriptions.Item label={t('finance.payments.note')}>{p.note || '-'}</Descriptions.Item>
        <Descriptions.Item label={t('finance.payments.createdBy')}>
          {p.createdByName ?? '-'}
          <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
            ({t(`orders.actorKinds.${p.createdByKind}`)})
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('finance.payments.createdAt')}>{formatDateTime(p.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('finance.payments.paidAt')}>{formatDateTime(p.paidAt)}</Descriptions.Item>
        {p.confirmedByName ? (
          <Descriptions.Item label={t('finance.payments.confirmedBy')}>{p.confirmedByName}</Descriptions.Item>
        ) : null}
      </Descriptions>
      {p.method === 'offline' ? (
        <div>
          <div className="finance-drawer-section">
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('finance.payments.vouchers')}
            </Typography.Title>
            <AddVoucher payment={p} />
          </div>
          <VoucherThumbs vouchers={p.vouchers} size={104} />
        </div>
      ) : null}
    </Space>
  );
}

/**
 * 上传凭证: finance keeps the bank slip with a transfer, one it is about to confirm or one it
 * recorded itself; the server takes at most five.
 */
function AddVoucher({ payment }: { payment: Payment }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { message } = App.useApp();
  const showError = useApiError();
  const { attach } = usePaymentActions();
  const open = payment.status === 'pending' || payment.status === 'succeeded';
  if (!can(me, 'payments:confirm') || !open || payment.vouchers.length >= voucherRules.count) return null;
  return (
    <Upload
      accept={voucherRules.accept}
      showUploadList={false}
      beforeUpload={(file) => {
        if (file.size > voucherRules.bytes) message.error(t('finance.money.voucherTooBig'));
        else
          attach.mutate(
            { id: payment.id, file },
            { onSuccess: () => message.success(t('finance.payments.voucherAdded')), onError: (e) => showError(e) },
          );
        return false;
      }}
    >
      <Button size="small" icon={<PaperClipOutlined />} loading={attach.isPending} data-testid="payment-add-voucher">
        {t('finance.payments.addVoucher')}
      </Button>
    </Upload>
  );
}
