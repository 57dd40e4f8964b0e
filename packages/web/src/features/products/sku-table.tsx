import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Checkbox,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  Tooltip,
  Typography,
} from 'antd';
import type { FormListFieldData } from 'antd/es/form/FormList';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { impliedUnitPrice, type SkuFormRow, specLabel } from './sku-matrix.ts';

const codePattern = /^\S+$/;
const moneyInput = { min: 0, max: 1e10, precision: 2, prefix: '¥', style: { width: '100%' } } as const;

/** The SKU rows of the product form (Form.List `skus`): one per spec combination, units in an expanded row. */
export function SkuTable({
  form,
  specNames,
  disabled,
  onQuantityBreaks,
}: {
  form: FormInstance;
  specNames: string[];
  disabled?: boolean;
  onQuantityBreaks: (row: SkuFormRow) => void;
}) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<readonly React.Key[]>([]);
  const rowAt = (name: number): SkuFormRow | undefined => form.getFieldValue(['skus', name]);

  return (
    <Form.List name="skus">
      {(fields) => {
        const columns: TableColumnsType<FormListFieldData> = [
          ...specNames.map((spec) => ({
            title: spec,
            key: `spec:${spec}`,
            width: 80,
            render: (_: unknown, field: FormListFieldData) => (
              <Typography.Text strong>{rowAt(field.name)?.specs[spec] ?? ''}</Typography.Text>
            ),
          })),
          {
            title: t('products.code'),
            key: 'code',
            width: 150,
            render: (_, field) => (
              <Form.Item
                name={[field.name, 'code']}
                rules={[
                  { required: true, whitespace: true, message: t('products.codeRequired') },
                  { pattern: codePattern, message: t('products.codeNoSpaces') },
                  { max: 64 },
                  ({ getFieldValue }) => ({
                    validator: (_rule, code: string) => {
                      const rows: SkuFormRow[] = getFieldValue('skus') ?? [];
                      const same = rows.filter((row) => code && row.code?.trim() === code.trim()).length;
                      return same > 1 ? Promise.reject(new Error(t('products.codeDuplicate'))) : Promise.resolve();
                    },
                  }),
                ]}
              >
                <Input data-testid={`sku-code-${field.name}`} />
              </Form.Item>
            ),
          },
          {
            title: t('products.barcode'),
            key: 'barcode',
            width: 140,
            render: (_, field) => (
              <Form.Item
                name={[field.name, 'barcode']}
                rules={[{ pattern: codePattern, message: t('products.codeNoSpaces') }, { max: 64 }]}
              >
                <Input data-testid={`sku-barcode-${field.name}`} />
              </Form.Item>
            ),
          },
          {
            title: t('products.skuUnit'),
            key: 'unit',
            width: 72,
            render: (_, field) => (
              <Form.Item
                name={[field.name, 'unit']}
                rules={[{ required: true, whitespace: true, message: '' }, { max: 8 }]}
              >
                <Input data-testid={`sku-unit-${field.name}`} />
              </Form.Item>
            ),
          },
          {
            title: t('products.price'),
            key: 'price',
            width: 116,
            render: (_, field) => (
              <Form.Item
                name={[field.name, 'price']}
                rules={[{ required: true, message: t('products.priceRequired') }]}
              >
                <InputNumber {...moneyInput} data-testid={`sku-price-${field.name}`} />
              </Form.Item>
            ),
          },
          {
            title: t('products.retailPrice'),
            key: 'retailPrice',
            width: 116,
            render: (_, field) => (
              <Form.Item name={[field.name, 'retailPrice']}>
                <InputNumber {...moneyInput} data-testid={`sku-retail-${field.name}`} />
              </Form.Item>
            ),
          },
          {
            title: t('products.minOrderQty'),
            key: 'minOrderQty',
            width: 80,
            render: (_, field) => (
              <Form.Item name={[field.name, 'minOrderQty']} rules={[{ required: true, message: '' }]}>
                <InputNumber
                  min={1}
                  max={1000000}
                  precision={0}
                  style={{ width: '100%' }}
                  data-testid={`sku-moq-${field.name}`}
                />
              </Form.Item>
            ),
          },
          {
            title: t('products.orderStep'),
            key: 'orderStep',
            width: 72,
            render: (_, field) => (
              <Form.Item name={[field.name, 'orderStep']} rules={[{ required: true, message: '' }]}>
                <InputNumber
                  min={1}
                  max={1000000}
                  precision={0}
                  style={{ width: '100%' }}
                  data-testid={`sku-step-${field.name}`}
                />
              </Form.Item>
            ),
          },
          {
            title: t('products.onShelf'),
            key: 'status',
            width: 56,
            render: (_, field) => (
              <Form.Item
                name={[field.name, 'status']}
                getValueProps={(status) => ({ checked: status === 'on' })}
                normalize={(checked: boolean) => (checked ? 'on' : 'off')}
              >
                <Switch size="small" data-testid={`sku-status-${field.name}`} />
              </Form.Item>
            ),
          },
          {
            title: '',
            key: 'more',
            width: 150,
            fixed: 'right',
            render: (_, field) => {
              const row = rowAt(field.name);
              const open = expanded.includes(field.key);
              return (
                <Space size={0}>
                  <Form.Item
                    noStyle
                    shouldUpdate={(a, b) => a.skus?.[field.name]?.units !== b.skus?.[field.name]?.units}
                  >
                    {() => (
                      <Button
                        type="link"
                        size="small"
                        onClick={() =>
                          setExpanded(open ? expanded.filter((key) => key !== field.key) : [...expanded, field.key])
                        }
                        // Viewing units is allowed in a read-only form too.
                        disabled={false}
                        data-testid={`sku-units-toggle-${field.name}`}
                      >
                        {rowAt(field.name)?.units.length
                          ? t('products.unitCount', { count: rowAt(field.name)?.units.length })
                          : t('products.units')}
                      </Button>
                    )}
                  </Form.Item>
                  <Tooltip title={row?.id ? undefined : t('products.saveFirst')}>
                    <Button
                      type="link"
                      size="small"
                      disabled={!row?.id}
                      onClick={() => row && onQuantityBreaks(row)}
                      data-testid={`sku-breaks-${field.name}`}
                    >
                      {t('products.quantityBreaks')}
                    </Button>
                  </Tooltip>
                </Space>
              );
            },
          },
        ];
        return (
          <Table<FormListFieldData>
            className="sku-table"
            size="small"
            rowKey="key"
            pagination={false}
            columns={columns}
            dataSource={fields}
            scroll={{ x: 'max-content' }}
            expandable={{
              expandedRowKeys: expanded,
              showExpandColumn: false,
              expandedRowRender: (field) => (
                <UnitsEditor
                  skuIndex={field.name}
                  title={t('products.unitsTitle', {
                    sku: specLabel(rowAt(field.name)?.specs ?? {}, specNames) || rowAt(field.name)?.code || '',
                  })}
                  baseUnit={rowAt(field.name)?.unit ?? ''}
                  disabled={disabled}
                />
              ),
            }}
            data-testid="sku-table"
          />
        );
      }}
    </Form.List>
  );
}

/** Larger units of one SKU (箱 = 24 瓶): name, factor, own price (empty = factor × base), barcode. */
function UnitsEditor({
  skuIndex,
  title,
  baseUnit,
  disabled,
}: {
  skuIndex: number;
  title: string;
  baseUnit: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const basePrice = Form.useWatch(['skus', skuIndex, 'price']);
  const units = Form.useWatch(['skus', skuIndex, 'units']) as SkuFormRow['units'] | undefined;
  return (
    <div className="units-editor" data-testid={`units-editor-${skuIndex}`}>
      <div className="units-editor-head">
        <Typography.Text strong>{title}</Typography.Text>
        <Typography.Text type="secondary">{t('products.unitsHint', { unit: baseUnit })}</Typography.Text>
      </div>
      <Form.List name={[skuIndex, 'units']}>
        {(fields, { add, remove }) => (
          <>
            {fields.length > 0 ? (
              <div className="units-grid units-grid-head">
                <span>{t('products.unitName')}</span>
                <span>{t('products.factor', { unit: baseUnit })}</span>
                <span>{t('products.unitPrice')}</span>
                <span>{t('products.barcode')}</span>
                <span>{t('products.defaultUnit')}</span>
                <span />
              </div>
            ) : null}
            {fields.map((field) => {
              const implied = impliedUnitPrice(basePrice, units?.[field.name]?.factor);
              return (
                <div className="units-grid" key={field.key} data-testid={`unit-row-${skuIndex}-${field.name}`}>
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: '' }, { max: 8 }]}
                  >
                    <Input placeholder="箱" data-testid={`unit-name-${skuIndex}-${field.name}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'factor']} rules={[{ required: true, message: '' }]}>
                    <InputNumber
                      min={2}
                      max={100000}
                      precision={0}
                      style={{ width: '100%' }}
                      data-testid={`unit-factor-${skuIndex}-${field.name}`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'price']}>
                    <InputNumber
                      {...moneyInput}
                      placeholder={implied === undefined ? undefined : implied.toFixed(2)}
                      data-testid={`unit-price-${skuIndex}-${field.name}`}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'barcode']}
                    rules={[{ pattern: codePattern, message: t('products.codeNoSpaces') }]}
                  >
                    <Input data-testid={`unit-barcode-${skuIndex}-${field.name}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'isDefault']} valuePropName="checked">
                    <Checkbox />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    disabled={disabled}
                    onClick={() => remove(field.name)}
                  />
                </div>
              );
            })}
            <Button
              size="small"
              type="dashed"
              icon={<PlusOutlined />}
              disabled={disabled || fields.length >= 10}
              onClick={() => add({ name: '', factor: undefined, price: null, barcode: null })}
              data-testid={`unit-add-${skuIndex}`}
            >
              {t('products.addUnit')}
            </Button>
          </>
        )}
      </Form.List>
    </div>
  );
}
