import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Radio, Typography, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { formatMoney, parseYuan } from '../../lib/money.ts';
import { AmountField, fenOf } from './amount-field.tsx';
import { type Recorded, useAccountActions } from './finance-api.ts';
import { voucherRules } from './finance-rules.ts';

interface ReceivedValues {
  amount: string;
  payerName?: string;
  providerTradeNo?: string;
  note?: string;
  vouchers?: UploadFile[];
}

const trimmed = (text: string | undefined) => text?.trim() || undefined;

/** The fields of money received by transfer: amount, payer, bank reference, note (充值, 还款, 登记收款). */
export function ReceivedMoneyFields({
  max,
  maxMessage,
  testId,
}: {
  max?: number;
  maxMessage?: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <AmountField max={max} maxMessage={maxMessage} testId={`${testId}-amount`} />
      <Form.Item name="payerName" label={t('finance.money.payerName')}>
        <Input maxLength={100} data-testid={`${testId}-payer`} />
      </Form.Item>
      <Form.Item name="providerTradeNo" label={t('finance.money.providerTradeNo')}>
        <Input maxLength={100} data-testid={`${testId}-trade-no`} />
      </Form.Item>
      <Form.Item name="note" label={t('finance.money.note')}>
        <Input.TextArea rows={2} maxLength={500} data-testid={`${testId}-note`} />
      </Form.Item>
      <Form.Item
        name="vouchers"
        label={t('finance.money.vouchers')}
        valuePropName="fileList"
        getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList}
        tooltip={t('finance.money.vouchersHint', { count: voucherRules.count })}
        rules={[
          {
            validator: async (_, files: UploadFile[] | undefined) => {
              if (files?.some((f) => (f.size ?? 0) > voucherRules.bytes))
                throw new Error(t('finance.money.voucherTooBig'));
            },
          },
        ]}
      >
        <Upload beforeUpload={() => false} accept={voucherRules.accept} multiple maxCount={voucherRules.count}>
          <Button icon={<PaperClipOutlined />} data-testid={`${testId}-vouchers`}>
            {t('finance.money.addVoucher')}
          </Button>
        </Upload>
      </Form.Item>
    </>
  );
}

/** The body of money received from the fields above. */
export const receivedBody = (values: ReceivedValues) => ({
  amount: fenOf(values.amount),
  payerName: trimmed(values.payerName),
  providerTradeNo: trimmed(values.providerTradeNo),
  note: trimmed(values.note),
  vouchers: (values.vouchers ?? []).flatMap((f) => (f.originFileObj ? [f.originFileObj as File] : [])),
});

/** The toast after money was recorded: done, with a warning when a voucher did not upload. */
export function useRecordedNotice() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (result: Recorded, done: string) => {
    message.success(done);
    if (result.failedVouchers) message.warning(t('finance.money.voucherFailed', { count: result.failedVouchers }));
  };
}

/** 充值 (into the wallet) or 还款 (off the receivable, oldest due first): money finance has received. */
export function ReceiveMoneyModal({
  kind,
  customerId,
  customerName,
  owed,
  onClose,
}: {
  kind: 'topUp' | 'repay';
  customerId: number;
  customerName: string;
  /** What the customer owes on credit: the most a repayment may be. */
  owed: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notice = useRecordedNotice();
  const showError = useApiError();
  const actions = useAccountActions(customerId);
  const mutation = kind === 'topUp' ? actions.topUp : actions.repay;
  const [form] = Form.useForm<ReceivedValues>();
  const testId = kind === 'topUp' ? 'top-up' : 'repay';
  return (
    <Modal
      open
      title={t(`finance.money.${kind}Title`, { name: customerName })}
      okText={t(`finance.money.${kind}Submit`)}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ 'data-testid': `${testId}-submit` }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {kind === 'topUp' ? t('finance.money.topUpHint') : t('finance.money.repayHint', { owed: formatMoney(owed) })}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => {
          const body = receivedBody(values);
          mutation.mutate(body, {
            onSuccess: (result) => {
              notice(result, t(`finance.money.${kind}Done`, { amount: formatMoney(body.amount) }));
              onClose();
            },
            onError: (error) => showError(error, form),
          });
        }}
      >
        <ReceivedMoneyFields
          testId={testId}
          max={kind === 'repay' ? owed : undefined}
          maxMessage={t('finance.money.exceedsOwed', { owed: formatMoney(owed) })}
        />
      </Form>
    </Modal>
  );
}

interface AdjustValues {
  account: 'wallet' | 'credit';
  direction: 'increase' | 'decrease';
  amount: string;
  note: string;
}

/**
 * 调整: a signed correction of the wallet, or a reduction of the receivable (it only goes down: more
 * debt comes from credit orders), with the reason. Shows the balance it will leave.
 */
export function AdjustModal({
  customerId,
  customerName,
  account,
  balances,
  onClose,
}: {
  customerId: number;
  customerName: string;
  account: 'wallet' | 'credit';
  balances: { wallet: number; credit: number };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const { adjust } = useAccountActions(customerId);
  const [form] = Form.useForm<AdjustValues>();
  const chosen = Form.useWatch('account', form) ?? account;
  const direction = Form.useWatch('direction', form) ?? 'decrease';
  const typed = parseYuan(String(Form.useWatch('amount', form) ?? ''));
  const signed = (fen: number, d: AdjustValues['direction']) => (d === 'increase' ? fen : -fen);
  const after = typed && typed > 0 ? balances[chosen] + signed(typed, direction) : undefined;
  return (
    <Modal
      open
      title={t('finance.adjust.title', { name: customerName })}
      okText={t('finance.adjust.submit')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={adjust.isPending}
      okButtonProps={{ 'data-testid': 'adjust-submit' }}
      destroyOnHidden
    >
      <Form<AdjustValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ account, direction: account === 'credit' ? 'decrease' : 'increase' }}
        onValuesChange={(changed) => {
          if (changed.account === 'credit') form.setFieldValue('direction', 'decrease');
        }}
        onFinish={(values) =>
          adjust.mutate(
            {
              account: values.account,
              amount: signed(fenOf(values.amount), values.direction),
              note: values.note.trim(),
            },
            {
              onSuccess: (result) => {
                message.success(t('finance.adjust.done', { balance: formatMoney(result.balance) }));
                onClose();
              },
              onError: (error) => {
                if (error instanceof ApiError && error.code === 'INSUFFICIENT_BALANCE') {
                  form.setFields([{ name: 'amount', errors: [t('finance.adjust.belowZero')] }]);
                } else showError(error, form, { amount: 'amount' });
              },
            },
          )
        }
      >
        <Form.Item name="account" label={t('finance.adjust.account')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'wallet', label: t('finance.adjust.wallet') },
              { value: 'credit', label: t('finance.adjust.credit') },
            ]}
            data-testid="adjust-account"
          />
        </Form.Item>
        <Form.Item
          name="direction"
          label={t('finance.adjust.direction')}
          extra={chosen === 'credit' ? t('finance.adjust.creditDownOnly') : undefined}
        >
          <Radio.Group
            options={[
              { value: 'increase', label: t('finance.adjust.increase'), disabled: chosen === 'credit' },
              { value: 'decrease', label: t('finance.adjust.decrease') },
            ]}
            data-testid="adjust-direction"
          />
        </Form.Item>
        <AmountField
          testId="adjust-amount"
          max={direction === 'decrease' ? balances[chosen] : undefined}
          maxMessage={t('finance.adjust.belowZero')}
          extra={
            after !== undefined
              ? t('finance.adjust.after', { before: formatMoney(balances[chosen]), after: formatMoney(after) })
              : t('finance.adjust.current', { balance: formatMoney(balances[chosen]) })
          }
        />
        <Form.Item
          name="note"
          label={t('finance.adjust.reason')}
          rules={[{ required: true, whitespace: true, message: t('finance.adjust.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="adjust-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
