import { DeleteOutlined } from '@ant-design/icons';
import {
  Button,
  Form,
  type FormInstance,
  type FormListFieldData,
  type FormListOperation,
  InputNumber,
  Select,
  Table,
  type TableColumnsType,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PickedSku, SkuPicker } from '../products/sku-picker.tsx';

/** What the editor reads of a line's values; a line with a label is already on the order (its SKU fixed). */
export interface EditorLine {
  skuId?: number;
  label?: string;
  unitName?: string;
}

/**
 * The `lines` list of an order form as a table: a SKU picker, its unit and a whole quantity per
 * line, the caller's price columns, and a remove button (never for the last line). Used by 代客下单
 * and 修改订单; test ids are `${testIdPrefix}-sku-<n>`, `-unit-<n>`, `-qty-<n>` (and `-remove-<n>`).
 */
export function OrderLinesEditor({
  form,
  lines,
  testIdPrefix,
  tableTestId,
  markRemove = false,
  skuTitle,
  widths,
  priceColumns,
  footer,
}: {
  // biome-ignore lint/suspicious/noExplicitAny: the editor sets fields under `lines` of either form.
  form: FormInstance<any>;
  lines: readonly (EditorLine | undefined)[];
  testIdPrefix: string;
  tableTestId: string;
  /** Give the remove buttons a test id. */
  markRemove?: boolean;
  skuTitle: string;
  widths: { unit: number; quantity: number };
  priceColumns: TableColumnsType<FormListFieldData>;
  footer: (add: FormListOperation['add']) => ReactNode;
}) {
  const { t } = useTranslation();
  const [skus, setSkus] = useState<Record<number, PickedSku>>({});
  return (
    <Form.List
      name="lines"
      rules={[
        {
          validator: async (_, value: unknown[] | undefined) => {
            if (!value?.length) throw new Error(t('orders.create.linesRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => {
        const columns: TableColumnsType<FormListFieldData> = [
          {
            title: skuTitle,
            key: 'sku',
            render: (_: unknown, field) => {
              const line = lines[field.name];
              return line?.label ? (
                <span data-testid={`${testIdPrefix}-label-${field.name}`}>{line.label}</span>
              ) : (
                <Form.Item
                  name={[field.name, 'skuId']}
                  rules={[{ required: true, message: t('orders.create.skuRequired') }]}
                  style={{ marginBottom: 0 }}
                >
                  <SkuPicker
                    initial={skus[line?.skuId ?? -1]}
                    onChange={(skuId, sku) => {
                      if (sku) setSkus((current) => ({ ...current, [sku.id]: sku }));
                      form.setFieldValue(['lines', field.name, 'skuId'], skuId);
                      form.setFieldValue(['lines', field.name, 'unitId'], null);
                    }}
                    testId={`${testIdPrefix}-sku-${field.name}`}
                  />
                </Form.Item>
              );
            },
          },
          {
            title: t('orders.lines.unit'),
            key: 'unit',
            width: widths.unit,
            render: (_: unknown, field) => {
              const line = lines[field.name];
              if (line?.label) return line.unitName;
              const sku = skus[line?.skuId ?? -1];
              return (
                <Form.Item name={[field.name, 'unitId']} style={{ marginBottom: 0 }}>
                  <Select
                    disabled={!sku || sku.units.length === 0}
                    options={[
                      { value: null, label: sku?.unit ?? '-' },
                      ...(sku?.units ?? []).map((unit) => ({
                        value: unit.id,
                        label: `${unit.name}（${unit.factor} ${sku?.unit}）`,
                      })),
                    ]}
                    data-testid={`${testIdPrefix}-unit-${field.name}`}
                  />
                </Form.Item>
              );
            },
          },
          {
            title: t('orders.lines.quantity'),
            key: 'quantity',
            width: widths.quantity,
            render: (_: unknown, field) => (
              <Form.Item
                name={[field.name, 'quantity']}
                rules={[{ required: true, message: t('orders.create.quantityRequired') }]}
                style={{ marginBottom: 0 }}
              >
                <InputNumber<number>
                  min={1}
                  max={1_000_000}
                  precision={0}
                  style={{ width: '100%' }}
                  data-testid={`${testIdPrefix}-qty-${field.name}`}
                />
              </Form.Item>
            ),
          },
          ...priceColumns,
          {
            key: 'remove',
            width: 48,
            render: (_: unknown, field) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('common.delete')}
                disabled={fields.length === 1}
                onClick={() => remove(field.name)}
                data-testid={markRemove ? `${testIdPrefix}-remove-${field.name}` : undefined}
              />
            ),
          },
        ];
        return (
          <>
            <Table
              rowKey="key"
              size="small"
              columns={columns}
              dataSource={fields}
              pagination={false}
              data-testid={tableTestId}
            />
            <Form.ErrorList errors={errors} />
            {footer(add)}
          </>
        );
      }}
    </Form.List>
  );
}
