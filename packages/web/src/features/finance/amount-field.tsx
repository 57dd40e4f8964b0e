import { Form, InputNumber } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseYuan } from '../../lib/money.ts';

/**
 * A yuan amount in a finance form, kept as the text typed (the form value is a string) and read into
 * exact fen with `parseYuan` on submit. Refuses zero, negatives, a third decimal and more than `max` fen.
 */
export function AmountField({
  name = 'amount',
  label,
  max,
  maxMessage,
  extra,
  testId,
}: {
  name?: string;
  label?: ReactNode;
  max?: number;
  maxMessage?: string;
  extra?: ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label ?? t('finance.money.amount')}
      extra={extra}
      rules={[
        {
          validator: async (_, value: string | undefined) => {
            if (value === undefined || value === null || String(value).trim() === '') {
              throw new Error(t('finance.money.amountRequired'));
            }
            const fen = parseYuan(String(value));
            if (fen === null || fen <= 0) throw new Error(t('finance.money.amountInvalid'));
            if (max !== undefined && fen > max) throw new Error(maxMessage ?? t('finance.money.amountInvalid'));
          },
        },
      ]}
    >
      <InputNumber<string>
        stringMode
        min="0"
        controls={false}
        prefix="¥"
        style={{ width: '100%' }}
        data-testid={testId}
      />
    </Form.Item>
  );
}

/** The fen of an amount the field above has validated. */
export const fenOf = (value: string | undefined): number => parseYuan(String(value ?? '')) ?? 0;
