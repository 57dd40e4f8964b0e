import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.ts';
import { localizeServerMessage } from '../../i18n/index.ts';
import { formatMoney } from '../../lib/money.ts';

const fen = (value: unknown) => formatMoney(typeof value === 'number' ? value : 0);

/**
 * What a failed payment tells the buyer: the wallet or the credit that fell short with the numbers,
 * an overdue block, a lost connection, else the server's own words (its field message if it names one).
 */
export function payErrorText(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('common.unknownError');
  const details = error.details ?? {};
  switch (error.code) {
    case 'NETWORK':
      return t('common.networkError');
    case 'INSUFFICIENT_BALANCE':
      return t('portalPay.errors.walletShort', { balance: fen(details.balance), amount: fen(details.amount) });
    case 'CREDIT_LIMIT_EXCEEDED':
      return t('portalPay.errors.creditShort', { available: fen(details.available) });
    case 'CREDIT_OVERDUE':
      return t('portalPay.errors.overdue', { overdue: fen(details.overdue) });
    case 'FORBIDDEN':
      return t('common.forbidden');
    default:
      return localizeServerMessage(error.fieldErrors[0]?.message ?? error.message);
  }
}
