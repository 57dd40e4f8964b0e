import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { payErrorText } from './pay-errors.ts';
import type { BankAccount, Payment } from './payment-types.ts';
import { useUploadVoucher } from './use-payments.ts';

const MAX_VOUCHER_BYTES = 5 * 1024 * 1024;
const voucherTypes = new Set(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']);
/** The server keeps at most this many vouchers per transfer. */
const MAX_VOUCHERS = 5;

/** Why a file cannot be a voucher (the server checks the bytes again): not an image or a PDF, or over 5 MB. */
export function checkVoucher(file: { type: string; size: number }): 'type' | 'size' | undefined {
  if (!voucherTypes.has(file.type)) return 'type';
  if (file.size > MAX_VOUCHER_BYTES) return 'size';
  return undefined;
}

/** The supplier's account to transfer to, each field with a copy button (a buyer pastes them into its bank's app). */
export function BankAccountCard({ account }: { account: BankAccount | null }) {
  const { t } = useTranslation();
  if (!account) {
    return (
      <div className="pay-bank pay-bank-missing" data-testid="pay-bank-missing">
        {t('portalPay.noBankAccount')}
      </div>
    );
  }
  const rows: [string, string, string][] = [
    ['accountName', t('portalPay.bank.accountName'), account.accountName],
    ['bankName', t('portalPay.bank.bankName'), account.bankName],
    ['accountNo', t('portalPay.bank.accountNo'), account.accountNo],
  ];
  return (
    <dl className="pay-bank" data-testid="pay-bank">
      {rows.map(([key, label, value]) => (
        <div key={key} className="pay-bank-row">
          <dt>{label}</dt>
          <dd>
            <Typography.Text
              copyable={{ text: value, tooltips: [t('portalPay.copy'), t('portalPay.copied')] }}
              className={key === 'accountNo' ? 'pay-bank-number' : undefined}
              data-testid={`pay-bank-${key}`}
            >
              {value}
            </Typography.Text>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The vouchers of a pending transfer, and a button to add one (up to five). */
export function TransferVouchers({ payment }: { payment: Payment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadVoucher();
  const mayAdd = payment.status === 'pending' && payment.vouchers.length < MAX_VOUCHERS;
  return (
    <div className="pay-vouchers" data-testid="pay-vouchers">
      {payment.vouchers.length ? (
        <ul>
          {payment.vouchers.map((voucher) => (
            <li key={voucher.index}>
              <a href={voucher.url} target="_blank" rel="noopener" data-testid="pay-voucher-link">
                <PaperClipOutlined /> {voucher.name}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <div className="pay-hint pay-hint-warn" data-testid="pay-no-voucher">
          {t('portalPay.noVoucherYet')}
        </div>
      )}
      {mayAdd ? (
        <Upload
          accept="image/jpeg,image/png,image/webp,application/pdf"
          showUploadList={false}
          beforeUpload={(file) => {
            const problem = checkVoucher(file);
            if (problem) message.error(t(`portalPay.voucherProblems.${problem}`));
            else
              upload.mutate(
                { paymentId: payment.id, file },
                {
                  onSuccess: () => message.success(t('portalPay.voucherUploaded')),
                  onError: (error) => message.error(payErrorText(error, t)),
                },
              );
            return false;
          }}
        >
          <Button size="small" icon={<PaperClipOutlined />} loading={upload.isPending} data-testid="pay-voucher-add">
            {payment.vouchers.length ? t('portalPay.voucherAddMore') : t('portalPay.voucherPick')}
          </Button>
        </Upload>
      ) : null}
    </div>
  );
}
