import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpecDef } from './sku-matrix.ts';

const maxSpecs = 10;

/**
 * Spec names (口味, 规格) and their values. A name is committed when the input loses focus, so the
 * SKU rows follow a rename instead of being rebuilt on every keystroke; values commit at once.
 */
export function SpecEditor({
  value,
  onChange,
  disabled,
}: {
  value: SpecDef[];
  onChange: (next: SpecDef[], rename?: { from: string; to: string }) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [names, setNames] = useState(() => value.map((def) => def.name));
  useEffect(() => setNames(value.map((def) => def.name)), [value]);

  const commitName = (index: number) => {
    const from = value[index].name.trim();
    const to = (names[index] ?? '').trim();
    if (from === to) return;
    const next = value.map((def, i) => (i === index ? { ...def, name: to } : def));
    onChange(next, from && to ? { from, to } : undefined);
  };

  return (
    <div className="spec-editor" data-testid="spec-editor">
      {value.map((def, index) => (
        // Specs have no id; position is their identity while editing.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div className="spec-row" key={index} data-testid={`spec-row-${index}`}>
          <Input
            className="spec-name"
            placeholder={t('products.specNamePlaceholder')}
            maxLength={20}
            value={names[index]}
            disabled={disabled}
            onChange={(event) => setNames(names.map((name, i) => (i === index ? event.target.value : name)))}
            onBlur={() => commitName(index)}
            onPressEnter={(event) => {
              // Enter commits the name; it must not submit the whole product form.
              event.preventDefault();
              commitName(index);
            }}
            data-testid={`spec-name-${index}`}
          />
          <Select
            className="spec-values"
            mode="tags"
            open={false}
            suffixIcon={null}
            tokenSeparators={[',', '，', '、']}
            placeholder={t('products.specValuesPlaceholder')}
            value={def.values}
            disabled={disabled}
            onChange={(values: string[]) =>
              onChange(
                value.map((item, i) =>
                  i === index ? { ...item, values: values.map((v) => v.trim()).filter(Boolean) } : item,
                ),
              )
            }
            data-testid={`spec-values-${index}`}
          />
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('common.delete')}
            disabled={disabled}
            onClick={() => onChange(value.filter((_, i) => i !== index))}
            data-testid={`spec-remove-${index}`}
          />
        </div>
      ))}
      <div className="spec-footer">
        <Button
          icon={<PlusOutlined />}
          disabled={disabled || value.length >= maxSpecs}
          onClick={() => onChange([...value, { name: '', values: [] }])}
          data-testid="spec-add"
        >
          {t('products.addSpec')}
        </Button>
        <Typography.Text type="secondary">
          {value.length === 0 ? t('products.noSpecs') : t('products.specsHint')}
        </Typography.Text>
      </div>
    </div>
  );
}
