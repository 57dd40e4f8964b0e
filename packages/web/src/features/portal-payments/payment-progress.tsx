import { AlipayCircleFilled, ClockCircleFilled, WechatFilled } from '@ant-design/icons';
import { Button, Grid, QRCode, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/money.ts';
import { isOnline, providerBrand } from './pay-methods.ts';
import type { Payment } from './payment-types.ts';
import { TransferVouchers } from './transfer.tsx';
import { usePayment, useSyncPayment } from './use-payments.ts';

/** A payment once started: the QR code while it waits, 支付成功, 待确认 for a transfer, or why it did not go through. */
export function PaymentProgress({
  payment,
  onRestart,
  onFinished,
}: {
  payment: Payment;
  onRestart: () => void;
  onFinished?: () => void;
}) {
  const online = isOnline(payment.method);
  const current = usePayment(payment, online).data ?? payment;
  if (current.status === 'succeeded') return <PaidResult payment={current} onFinished={onFinished} />;
  if (current.status === 'pending' && online) return <OnlineWaiting payment={current} onRestart={onRestart} />;
  if (current.status === 'pending') return <TransferReported payment={current} onFinished={onFinished} />;
  return <NotPaid payment={current} onRestart={onRestart} />;
}

/** "订单 SO… " / "预存款充值" / "账期还款": what the money is for. */
function usePaymentSubject(payment: Payment): string {
  const { t } = useTranslation();
  return payment.purpose === 'order'
    ? t('portalPay.subject.order', { number: payment.orderNumber })
    : t(`portalPay.subject.${payment.purpose}`);
}

function OnlineWaiting({ payment, onRestart }: { payment: Payment; onRestart: () => void }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const sync = useSyncPayment();
  const subject = usePaymentSubject(payment);
  const method = payment.method as 'alipay' | 'wechat';
  const brand = providerBrand[method];
  const provider = t(`portalPay.methods.${method}`);
  const app = t(`portalPay.appNames.${method}`);
  const codeUrl = payment.codeUrl ?? '';
  // A phone cannot scan its own screen: there the button comes first and the QR code is for another device.
  const open = (
    <Button
      type="primary"
      size="large"
      shape="round"
      block
      href={codeUrl}
      target="_blank"
      rel="noopener"
      style={{ background: brand.color, borderColor: brand.color }}
      data-testid="pay-open-provider"
    >
      {t(`portalPay.openProvider.${method}`)}
    </Button>
  );
  const qr = (
    <div className="pay-qr">
      <QRCode value={codeUrl} size={screens.md ? 200 : 160} bordered={false} data-testid="pay-qr" />
      <div className="pay-hint">{t(screens.md ? 'portalPay.scanHint' : 'portalPay.scanHintPhone', { app })}</div>
    </div>
  );
  return (
    <div className="pay-online" data-testid="pay-online" data-method={method}>
      <div className="pay-online-head" style={{ background: brand.color }}>
        <span className="pay-online-logo">{method === 'alipay' ? <AlipayCircleFilled /> : <WechatFilled />}</span>
        {provider}
      </div>
      <div className="pay-online-body">
        <div className="pay-online-subject">{subject}</div>
        <div className="pay-online-amount" data-testid="pay-online-amount">
          {formatMoney(payment.amount)}
        </div>
        {screens.md ? (
          <>
            {qr}
            {open}
          </>
        ) : (
          <>
            {open}
            {qr}
          </>
        )}
        <div className="pay-waiting" data-testid="pay-waiting">
          <Spin size="small" /> {t('portalPay.waiting')}
        </div>
        <div className="pay-online-actions">
          <Button
            type="link"
            loading={sync.isPending}
            onClick={() => sync.mutate(payment.id)}
            data-testid="pay-check-result"
          >
            {t('portalPay.checkResult')}
          </Button>
          <Button type="link" onClick={onRestart} data-testid="pay-other-method">
            {t('portalPay.otherMethod')}
          </Button>
        </div>
      </div>
    </div>
  );
}

function PaidResult({ payment, onFinished }: { payment: Payment; onFinished?: () => void }) {
  const { t } = useTranslation();
  const subject = usePaymentSubject(payment);
  return (
    <Result
      status="success"
      className="pay-result"
      data-testid="pay-success"
      title={payment.method === 'credit' ? t('portalPay.paidByCredit') : t(`portalPay.paid.${payment.purpose}`)}
      subTitle={
        <div className="pay-result-lines">
          <div className="pay-result-amount">{formatMoney(payment.amount)}</div>
          <div>
            {t(`portalPay.methods.${payment.method}`)} · {subject}
          </div>
          {payment.method === 'credit' ? <div>{t('portalPay.creditTermHint')}</div> : null}
          <div className="muted">{t('portalPay.paymentNumber', { number: payment.number })}</div>
        </div>
      }
      extra={
        onFinished ? (
          <Button type="primary" shape="round" onClick={onFinished} data-testid="pay-done">
            {t('portalPay.done')}
          </Button>
        ) : null
      }
    />
  );
}

function TransferReported({ payment, onFinished }: { payment: Payment; onFinished?: () => void }) {
  const { t } = useTranslation();
  const subject = usePaymentSubject(payment);
  return (
    <Result
      icon={<ClockCircleFilled style={{ color: '#fa8c16' }} />}
      className="pay-result"
      data-testid="pay-transfer-pending"
      title={t('portalPay.transferReported')}
      subTitle={
        <div className="pay-result-lines">
          <div className="pay-result-amount">{formatMoney(payment.amount)}</div>
          <div>
            {t('portalPay.methods.offline')} · {subject}
          </div>
          {payment.payerName ? <div>{t('portalPay.payerNameShown', { name: payment.payerName })}</div> : null}
          <div>{t(`portalPay.transferNext.${payment.purpose}`)}</div>
          <TransferVouchers payment={payment} />
        </div>
      }
      extra={
        onFinished ? (
          <Button type="primary" shape="round" onClick={onFinished} data-testid="pay-done">
            {t('portalPay.done')}
          </Button>
        ) : null
      }
    />
  );
}

function NotPaid({ payment, onRestart }: { payment: Payment; onRestart: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      className="pay-result"
      data-testid="pay-not-paid"
      title={t(payment.status === 'rejected' ? 'portalPay.rejected' : 'portalPay.closed')}
      subTitle={payment.rejectReason ? t('portalPay.rejectReason', { reason: payment.rejectReason }) : undefined}
      extra={
        <Button type="primary" shape="round" onClick={onRestart} data-testid="pay-again">
          {t('portalPay.payAgain')}
        </Button>
      }
    />
  );
}
