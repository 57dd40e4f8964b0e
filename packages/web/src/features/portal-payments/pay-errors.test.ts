import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { i18n } from '../../i18n/index.ts';
import { payErrorText } from './pay-errors.ts';

const t = i18n.getFixedT('zh-CN');
const apiError = (status: number, code: string, message: string, details?: Record<string, unknown>) =>
  new ApiError(status, { code: code as never, message, details });

describe('payErrorText', () => {
  it('says how far the wallet or the credit falls short, with the numbers', () => {
    expect(
      payErrorText(
        apiError(409, 'INSUFFICIENT_BALANCE', '预存款余额不足 / …', { account: 'wallet', balance: 3000, amount: 7960 }),
        t,
      ),
    ).toBe('预存款余额不足：余额 ¥30.00，需付 ¥79.60');
    expect(payErrorText(apiError(409, 'CREDIT_LIMIT_EXCEEDED', '超出可用信用额度 / …', { available: 120000 }), t)).toBe(
      '超出可用信用额度（可用 ¥1,200.00）',
    );
    expect(payErrorText(apiError(409, 'CREDIT_OVERDUE', '… / …', { overdue: 5000 }), t)).toBe(
      '有逾期未还的账款 ¥50.00，请先还款',
    );
  });

  it('shows the Chinese half of the server message, or of the field it names', () => {
    expect(payErrorText(apiError(409, 'INVALID_STATE', '订单已付清 / The order is paid in full'), t)).toBe(
      '订单已付清',
    );
    expect(
      payErrorText(
        apiError(400, 'VALIDATION_FAILED', 'The request is invalid', {
          fields: [{ path: '/body/amount', message: '不能超过待付金额 ¥10.00 / may not exceed the amount due (1000)' }],
        }),
        t,
      ),
    ).toBe('不能超过待付金额 ¥10.00');
  });

  it('a lost connection and anything else get the common words', () => {
    expect(payErrorText(new ApiError(0, { message: 'TypeError: Failed to fetch' }), t)).toBe(
      '网络连接失败，请检查网络后重试',
    );
    expect(payErrorText(new Error('boom'), t)).toBe('操作失败，请稍后重试');
  });
});
