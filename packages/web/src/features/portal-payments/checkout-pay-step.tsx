import { CheckCircleFilled, PayCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Radio, Skeleton, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatMoney } from '../../lib/money.ts';
import '../cart/ordering.css';
import { methodIcons } from './method-icons.tsx';
import { payErrorText } from './pay-errors.ts';
import { methodChoices } from './pay-methods.ts';
import { PaymentFlow } from './payment-flow.tsx';
import { PaymentProgress } from './payment-progress.tsx';
import type { Bill } from './payment-types.ts';
import './portal-payments.css';
import { useBill, usePaymentOptions, usePayOrder } from './use-payments.ts';

/** How the buyer will pay, chosen at checkout: pay right after placing the order, or on credit (账期). */
export type CheckoutPayBy = 'now' | 'credit';

/** 支付方式 at checkout: 立即支付 (the methods that pay now) or 账期支付 when the customer has credit for the total. */
export function CheckoutPaymentChoice({
  value,
  onChange,
  total,
}: {
  value: CheckoutPayBy;
  onChange: (value: CheckoutPayBy) => void;
  total: number;
}) {
  const { t } = useTranslation();
  const options = usePaymentOptions();
  if (options.isPending) return <Skeleton active paragraph={{ rows: 1 }} />;
  const data = options.data;
  const nowMethods = data
    ? methodChoices(data, 'order')
        .map((choice) => choice.method)
        .filter((method) => method !== 'credit')
    : [];
  const credit = data?.methods.includes('credit') && data.credit.creditLimit > 0 ? data.credit : undefined;
  const creditShort = credit ? credit.available < total : false;
  return (
    <Radio.Group
      className="pay-methods"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      data-testid="checkout-payment"
    >
      <Radio value="now" data-testid="checkout-pay-now">
        <span className="pay-method-icon">
          <PayCircleOutlined style={{ color: '#e8491d' }} />
        </span>
        <span className="pay-method-body">
          <span className="pay-method-name">{t('portalPay.checkout.now')}</span>
          <span className="pay-method-detail">
            {nowMethods.length
              ? t('portalPay.checkout.nowHint', {
                  methods: nowMethods
                    .map((method) => t(`portalPay.methods.${method}`))
                    .join(t('portalPay.listSeparator')),
                })
              : t('portalPay.checkout.laterHint')}
          </span>
        </span>
      </Radio>
      {credit ? (
        <Radio value="credit" disabled={creditShort} data-testid="checkout-pay-credit">
          <span className="pay-method-icon">{methodIcons.credit}</span>
          <span className="pay-method-body">
            <span className="pay-method-name">{t('portalPay.checkout.credit')}</span>
            <span className={creditShort ? 'pay-method-detail pay-method-short' : 'pay-method-detail'}>
              {t('portalPay.creditAvailable', { amount: formatMoney(credit.available), days: credit.paymentTermDays })}
              {creditShort ? ` · ${t('portalPay.notEnough')}` : null}
            </span>
          </span>
        </Radio>
      ) : null}
    </Radio.Group>
  );
}

/**
 * 立即支付, the step after 提交订单: the order is placed, now pay it (an order placed on credit is
 * charged to credit at once); 稍后支付 goes to the order, where 去付款 stays.
 */
export function CheckoutPayStep({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const bill = useBill(orderId);
  const toOrder = () => navigate(`/portal/orders/${orderId}`, { replace: true });
  if (bill.isPending) return <Skeleton active data-testid="checkout-pay-loading" />;
  if (!bill.data) {
    return (
      <div className="ordering-narrow">
        <Alert type="error" showIcon title={payErrorText(bill.error, t)} />
      </div>
    );
  }
  return <PayStep bill={bill.data} onFinished={toOrder} />;
}

function PayStep({ bill, onFinished: toOrder }: { bill: Bill; onFinished: () => void }) {
  const { t } = useTranslation();
  // Decided once: paying by credit changes the bill, and the step must not switch under the buyer.
  const [byCredit] = useState(
    () => bill.paymentMethod === 'credit' && bill.dueAmount > 0 && bill.payments.length === 0,
  );
  const [started, setStarted] = useState(byCredit);
  const orderId = bill.orderId;
  return (
    <div className="ordering-narrow" data-testid="checkout-pay">
      <section className="ordering-card checkout-placed" data-testid="checkout-placed">
        <CheckCircleFilled className="checkout-placed-icon" />
        <div>
          <div className="checkout-placed-title">{t('portalPay.checkout.placed')}</div>
          <div className="muted">
            {t('portalOrders.number')} {bill.orderNumber}
          </div>
        </div>
        <div className="checkout-placed-amount">
          <div className="muted">{t('checkout.payable')}</div>
          <div className="price-value-sm">{formatMoney(bill.totalAmount)}</div>
        </div>
      </section>
      <section className="ordering-card">
        {byCredit ? (
          <PayByCredit orderId={orderId} onStarted={setStarted} onFinished={toOrder} />
        ) : (
          <>
            <div className="ordering-card-title">{t('portalPay.checkout.payNow')}</div>
            <PaymentFlow
              target={{ purpose: 'order', orderId }}
              onStarted={() => setStarted(true)}
              onFinished={toOrder}
            />
          </>
        )}
      </section>
      {started ? null : (
        <Button block size="large" shape="round" onClick={toOrder} data-testid="checkout-pay-later">
          {t('portalPay.checkout.later')}
        </Button>
      )}
    </div>
  );
}

/** An order placed on credit is charged to it straight away; if that fails the buyer picks another method. */
function PayByCredit({
  orderId,
  onStarted,
  onFinished,
}: {
  orderId: number;
  /** false when charging credit failed (nothing is paid yet), true again once another method pays. */
  onStarted: (started: boolean) => void;
  onFinished: () => void;
}) {
  const { t } = useTranslation();
  const pay = usePayOrder(orderId);
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    pay.mutate({ method: 'credit' }, { onError: () => onStarted(false) });
  }, [pay, onStarted]);
  if (pay.data) return <PaymentProgress payment={pay.data} onRestart={() => pay.reset()} onFinished={onFinished} />;
  if (pay.isError) {
    return (
      <>
        <Alert type="error" showIcon className="pay-failure" title={payErrorText(pay.error, t)} />
        <PaymentFlow target={{ purpose: 'order', orderId }} onStarted={() => onStarted(true)} onFinished={onFinished} />
      </>
    );
  }
  return (
    <div className="pay-waiting" data-testid="checkout-credit-paying">
      <Spin size="small" /> {t('portalPay.checkout.chargingCredit')}
    </div>
  );
}
