import { MinusOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, InputNumber, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxQuantity, type QuantityRule, snapQuantity } from './quantity-rule.ts';

/**
 * − [quantity] + in steps of the order rule; typed values are made valid (step, minimum) when the
 * field is left, so only valid quantities reach `onChange`.
 */
export function QuantityStepper({
  value,
  rule,
  onChange,
  disabled,
  testId = 'quantity',
}: {
  value: number;
  rule: QuantityRule;
  onChange: (quantity: number) => void;
  disabled?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<number | null>(value);
  useEffect(() => setDraft(value), [value]);
  const commit = (next: number | null) => {
    const valid = snapQuantity(next, rule);
    setDraft(valid);
    if (valid !== value) onChange(valid);
  };
  return (
    <Space.Compact className="quantity-stepper" data-testid={testId}>
      <Button
        icon={<MinusOutlined />}
        aria-label={t('cart.decrease')}
        disabled={disabled || value <= rule.min}
        onClick={() => commit(value - rule.step)}
        data-testid={`${testId}-minus`}
      />
      <InputNumber
        controls={false}
        inputMode="numeric"
        min={1}
        max={maxQuantity}
        precision={0}
        value={draft}
        disabled={disabled}
        onChange={(next) => setDraft(next)}
        onBlur={() => commit(draft)}
        onPressEnter={() => commit(draft)}
        aria-label={t('cart.quantity')}
        data-testid={`${testId}-input`}
      />
      <Button
        icon={<PlusOutlined />}
        aria-label={t('cart.increase')}
        disabled={disabled || value + rule.step > maxQuantity}
        onClick={() => commit(value + rule.step)}
        data-testid={`${testId}-plus`}
      />
    </Space.Compact>
  );
}
