import { ClockCircleFilled, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Radio, Result, Skeleton, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, yuanText } from '../../lib/money.ts';
import { methodIcons } from './method-icons.tsx';
import { leftToPay, maxPayment, parseYuanInput, pendingTransfers } from './pay-amount.ts';
import { payErrorText } from './pay-errors.ts';
import { defaultMethod, isOnline, type MethodChoice, methodChoices } from './pay-methods.ts';
import { PaymentProgress } from './payment-progress.tsx';
import type { PayMethod, Payment, PaymentOptions } from './payment-types.ts';
import './portal-payments.css';
import { BankAccountCard, checkVoucher } from './transfer.tsx';
import { useAccountMoney, useBill, usePaymentOptions, usePayOrder, useUploadVoucher } from './use-payments.ts';

/** What is being paid: (part of) an order, a wallet top-up (充值) or a credit repayment (还款). */
export type PayTarget =
  | { purpose: 'order'; orderId: number }
  | { purpose: 'top_up'; customerId: number }
  | { purpose: 'repayment'; customerId: number /** owed on credit, fen */; owed: number; overdue: number };

/** The target with what is left to pay on an order (read from its bill). */
type FormTarget = Exclude<PayTarget, { purpose: 'order' }> | { purpose: 'order'; orderId: number; due: number };

/**
 * The pay flow, the same for an order, a top-up and a repayment: pick a method and the amount, then
 * wallet and credit pay at once, a transfer is reported with the payer and a voucher (pending until
 * finance confirms), and Alipay / WeChat Pay show their QR code and wait for the payment. `resume`
 * opens it on a payment already started (a QR code not paid yet, a transfer without its voucher).
 */
export function PaymentFlow({
  target,
  resume,
  onStarted,
  onFinished,
}: {
  target: PayTarget;
  resume?: Payment;
  /** A payment was made or started (the pay step then hides its 稍后支付). */
  onStarted?: (payment: Payment) => void;
  onFinished?: () => void;
}) {
  const { t } = useTranslation();
  const [started, setStartedState] = useState<Payment | undefined>(resume);
  const setStarted = (payment: Payment) => {
    setStartedState(payment);
    onStarted?.(payment);
  };
  const options = usePaymentOptions();
  const order = target.purpose === 'order';
  const bill = useBill(order ? target.orderId : 0, order);
  if (started) {
    return <PaymentProgress payment={started} onRestart={() => setStartedState(undefined)} onFinished={onFinished} />;
  }
  if (options.isPending || (order && bill.isPending)) return <Skeleton active data-testid="pay-loading" />;
  if (!options.data) return <Alert type="error" showIcon title={payErrorText(options.error, t)} />;
  if (target.purpose !== 'order') return <PayForm target={target} options={options.data} onStarted={setStarted} />;
  if (!bill.data) return <Alert type="error" showIcon title={payErrorText(bill.error, t)} />;
  const due = leftToPay(bill.data);
  if (due <= 0) {
    const waiting = pendingTransfers(bill.data) > 0;
    return (
      <Result
        status={waiting ? 'info' : 'success'}
        icon={waiting ? <ClockCircleFilled style={{ color: '#fa8c16' }} /> : undefined}
        className="pay-result"
        data-testid="pay-nothing-due"
        title={t(waiting ? 'portalPay.bill.awaitingConfirm' : 'portalPay.nothingDue')}
        extra={
          onFinished ? (
            <Button shape="round" onClick={onFinished}>
              {t('portalPay.done')}
            </Button>
          ) : null
        }
      />
    );
  }
  return (
    <PayForm
      target={{ purpose: 'order', orderId: target.orderId, due }}
      options={options.data}
      onStarted={setStarted}
    />
  );
}

/** Round sums a buyer tops up with, one tap each. */
const topUpAmounts = [50_000, 100_000, 200_000, 500_000];

function PayForm({
  target,
  options,
  onStarted,
}: {
  target: FormTarget;
  options: PaymentOptions;
  onStarted: (payment: Payment) => void;
}) {
  const { t } = useTranslation();
  const max = target.purpose === 'order' ? target.due : target.purpose === 'repayment' ? target.owed : undefined;
  const initial =
    target.purpose === 'order' ? target.due : target.purpose === 'repayment' ? target.overdue || target.owed : 0;
  const [text, setText] = useState(initial > 0 ? yuanText(initial) : '');
  const [touched, setTouched] = useState(false);
  const [picked, setPicked] = useState<PayMethod>();
  const [payerName, setPayerName] = useState('');
  const [voucher, setVoucher] = useState<File>();
  const [voucherProblem, setVoucherProblem] = useState<string>();
  const [failure, setFailure] = useState<string>();

  const amount = parseYuanInput(text, max);
  const choices = methodChoices(options, target.purpose, amount.fen);
  const method = picked ?? defaultMethod(choices);
  const choice = choices.find((candidate) => candidate.method === method);

  const payOrder = usePayOrder(target.purpose === 'order' ? target.orderId : 0);
  const accountMoney = useAccountMoney(
    target.purpose === 'order' ? 0 : target.customerId,
    target.purpose === 'repayment' ? 'repayment' : 'top_up',
  );
  const upload = useUploadVoucher();
  const busy = payOrder.isPending || accountMoney.isPending || upload.isPending;

  if (choices.length === 0) {
    return <Alert type="info" showIcon title={t('portalPay.noMethods')} data-testid="pay-no-methods" />;
  }

  const submit = async () => {
    setTouched(true);
    setFailure(undefined);
    if (amount.fen === undefined || !method || choice?.unavailable) return;
    const payer = method === 'offline' && payerName.trim() ? { payerName: payerName.trim() } : {};
    try {
      const payment =
        target.purpose === 'order'
          ? await payOrder.mutateAsync({ method, amount: amount.fen, ...payer })
          : await accountMoney.mutateAsync({
              method: method as 'alipay' | 'wechat' | 'offline',
              amount: amount.fen,
              ...payer,
            });
      // The transfer is reported; its voucher follows. A failed upload can be retried from the next step.
      const withVoucher =
        method === 'offline' && voucher
          ? await upload.mutateAsync({ paymentId: payment.id, file: voucher }).catch(() => payment)
          : payment;
      onStarted(withVoucher);
    } catch (error) {
      setFailure(payErrorText(error, t));
    }
  };

  const amountLabel = t(`portalPay.amountLabel.${target.purpose}`);
  // A wrong amount is said at once; a missing one once the buyer has been in the field or tried to pay.
  const amountProblem = amount.problem && (touched || amount.problem !== 'empty') ? amount.problem : undefined;
  const shown = amount.fen === undefined ? '' : ` ${formatMoney(amount.fen)}`;
  const payLabel =
    method === 'offline'
      ? t('portalPay.submitTransfer')
      : method && isOnline(method)
        ? t('portalPay.goPay', { amount: shown })
        : t('portalPay.payNow', { amount: shown });

  return (
    <div className="pay-form" data-testid="pay-form">
      <section className="pay-block">
        <div className="pay-block-title">
          <span>{amountLabel}</span>
          {max !== undefined ? (
            <span className="muted" data-testid="pay-max">
              {t(`portalPay.maxLabel.${target.purpose}`, { amount: formatMoney(max) })}
            </span>
          ) : null}
        </div>
        <Input
          size="large"
          prefix="¥"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => {
            setTouched(true);
            if (amount.fen !== undefined) setText(yuanText(amount.fen));
          }}
          status={amountProblem ? 'error' : undefined}
          aria-label={amountLabel}
          placeholder={t('portalPay.amountPlaceholder')}
          className="pay-amount-input"
          data-testid="pay-amount"
        />
        {amountProblem ? (
          <div className="pay-error-text" data-testid="pay-amount-error">
            {t(`portalPay.amountProblems.${amountProblem}`, { max: formatMoney(max ?? maxPayment) })}
          </div>
        ) : target.purpose === 'order' ? (
          <div className="pay-hint">{t('portalPay.partialHint')}</div>
        ) : null}
        {target.purpose === 'top_up' ? (
          <div className="pay-chips" data-testid="pay-top-up-amounts">
            {topUpAmounts.map((fen) => (
              <Button key={fen} size="small" onClick={() => setText(yuanText(fen))}>
                {formatMoney(fen)}
              </Button>
            ))}
          </div>
        ) : null}
        {target.purpose === 'repayment' && target.overdue > 0 && target.overdue < target.owed ? (
          <div className="pay-chips">
            <Button size="small" onClick={() => setText(yuanText(target.overdue))}>
              {t('portalPay.repayOverdue', { amount: formatMoney(target.overdue) })}
            </Button>
            <Button size="small" onClick={() => setText(yuanText(target.owed))}>
              {t('portalPay.repayAll', { amount: formatMoney(target.owed) })}
            </Button>
          </div>
        ) : null}
      </section>

      <section className="pay-block">
        <div className="pay-block-title">{t('portalPay.method')}</div>
        <Radio.Group
          className="pay-methods"
          value={method}
          onChange={(event) => {
            setPicked(event.target.value);
            setFailure(undefined);
          }}
          data-testid="pay-methods"
        >
          {choices.map((item) => (
            <Radio
              key={item.method}
              value={item.method}
              disabled={item.unavailable === 'walletEmpty' || item.unavailable === 'noCredit'}
              data-testid={`pay-method-${item.method}`}
            >
              <span className="pay-method-icon">{methodIcons[item.method]}</span>
              <span className="pay-method-body">
                <span className="pay-method-name">{t(`portalPay.methods.${item.method}`)}</span>
                <MethodDetail choice={item} options={options} />
              </span>
            </Radio>
          ))}
        </Radio.Group>
        {choice?.unavailable && choice.limit !== undefined && choice.limit > 0 ? (
          <Alert
            type="warning"
            showIcon
            className="pay-short"
            data-testid="pay-short"
            title={t(`portalPay.short.${choice.unavailable}`, { limit: formatMoney(choice.limit) })}
            action={
              <Button
                size="small"
                onClick={() => setText(yuanText(Math.min(choice.limit ?? 0, max ?? Number.POSITIVE_INFINITY)))}
                data-testid="pay-use-limit"
              >
                {t('portalPay.useLimit', { amount: formatMoney(choice.limit) })}
              </Button>
            }
          />
        ) : null}
        {method === 'credit' && options.credit.overdue > 0 ? (
          <div className="pay-hint pay-hint-warn">
            {t('portalPay.creditOverdue', { amount: formatMoney(options.credit.overdue) })}
          </div>
        ) : null}
      </section>

      {method === 'offline' ? (
        <section className="pay-block" data-testid="pay-transfer">
          <div className="pay-block-title">{t('portalPay.transferTo')}</div>
          <BankAccountCard account={options.bankAccount} />
          <div className="pay-field">
            <label htmlFor="pay-payer">{t('portalPay.payerName')}</label>
            <Input
              id="pay-payer"
              value={payerName}
              maxLength={100}
              onChange={(event) => setPayerName(event.target.value)}
              placeholder={t('portalPay.payerNamePlaceholder')}
              data-testid="pay-payer"
            />
          </div>
          <div className="pay-field">
            <span className="pay-field-label">{t('portalPay.voucher')}</span>
            <Upload
              accept="image/jpeg,image/png,image/webp,application/pdf"
              showUploadList={false}
              maxCount={1}
              beforeUpload={(file) => {
                const problem = checkVoucher(file);
                setVoucherProblem(problem ? t(`portalPay.voucherProblems.${problem}`) : undefined);
                if (!problem) setVoucher(file);
                return false;
              }}
            >
              <Button icon={<PaperClipOutlined />} data-testid="pay-voucher">
                {voucher ? t('portalPay.voucherChange') : t('portalPay.voucherPick')}
              </Button>
            </Upload>
            {voucher ? (
              <div className="pay-voucher-name" data-testid="pay-voucher-name">
                {voucher.name}
              </div>
            ) : (
              <div className="pay-hint">{t('portalPay.voucherHint')}</div>
            )}
            {voucherProblem ? <div className="pay-error-text">{voucherProblem}</div> : null}
          </div>
        </section>
      ) : null}

      {failure ? <Alert type="error" showIcon className="pay-failure" title={failure} data-testid="pay-error" /> : null}

      <Button
        type="primary"
        size="large"
        shape="round"
        block
        loading={busy}
        disabled={!method || !!choice?.unavailable || (amount.problem !== undefined && amount.problem !== 'empty')}
        onClick={() => void submit()}
        data-testid="pay-submit"
      >
        {payLabel}
      </Button>
    </div>
  );
}

function MethodDetail({ choice, options }: { choice: MethodChoice; options: PaymentOptions }) {
  const { t } = useTranslation();
  const text = (() => {
    switch (choice.method) {
      case 'wallet':
        return t('portalPay.walletBalance', { amount: formatMoney(options.walletBalance) });
      case 'credit':
        return choice.unavailable === 'noCredit'
          ? t('portalPay.noCredit')
          : t('portalPay.creditAvailable', {
              amount: formatMoney(options.credit.available),
              days: options.credit.paymentTermDays,
            });
      default:
        return t(`portalPay.methodHints.${choice.method}`);
    }
  })();
  const short = choice.unavailable === 'walletShort' || choice.unavailable === 'creditShort';
  return (
    <span className={short ? 'pay-method-detail pay-method-short' : 'pay-method-detail'}>
      {text}
      {short ? ` · ${t('portalPay.notEnough')}` : null}
    </span>
  );
}
