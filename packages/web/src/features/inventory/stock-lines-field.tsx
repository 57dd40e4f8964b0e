import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SkuPicker } from '../products/sku-picker.tsx';

/**
 * The lines of a stock command as a form list: SKU and quantity per line, plus columns of the
 * command's own (`extra` renders them for line `index` with its picked SKU). Test ids: line-sku-<i>,
 * line-qty-<i>, line-remove-<i>, line-add.
 */
export function StockLinesField({
  extraHeads = [],
  extra,
}: {
  extraHeads?: ReactNode[];
  extra?: (index: number, skuId: number | undefined) => ReactNode;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const lines = (Form.useWatch('lines', form) ?? []) as { skuId?: number }[];
  return (
    <Form.List
      name="lines"
      rules={[
        {
          validator: async (_, value?: unknown[]) => {
            if (!value?.length) throw new Error(t('inventory.linesRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          <table className="stock-lines" style={{ width: '100%', borderCollapse: 'separate', borderSpacing: '0 8px' }}>
            <thead>
              <tr style={{ textAlign: 'left', color: '#667085', fontWeight: 500 }}>
                <th style={{ width: 40 }}>#</th>
                <th>{t('inventory.sku')}</th>
                <th style={{ width: 140 }}>{t('inventory.quantity')}</th>
                {extraHeads.map((head, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                  <th key={i}>{head}</th>
                ))}
                <th style={{ width: 48 }} />
              </tr>
            </thead>
            <tbody>
              {fields.map((field, index) => (
                <tr key={field.key}>
                  <td style={{ paddingTop: 5, color: '#98a2b3' }}>{index + 1}</td>
                  <td style={{ paddingRight: 8 }}>
                    <Form.Item
                      name={[field.name, 'skuId']}
                      rules={[{ required: true, message: t('inventory.skuRequired') }]}
                    >
                      <SkuPicker testId={`line-sku-${index}`} />
                    </Form.Item>
                  </td>
                  <td style={{ paddingRight: 8 }}>
                    <Form.Item
                      name={[field.name, 'quantity']}
                      rules={[{ required: true, message: t('inventory.quantityRequired') }]}
                    >
                      <InputNumber min={1} precision={0} style={{ width: '100%' }} data-testid={`line-qty-${index}`} />
                    </Form.Item>
                  </td>
                  {extra ? extra(index, lines[index]?.skuId) : null}
                  <td>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t('common.delete')}
                      data-testid={`line-remove-${index}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block data-testid="line-add">
            {t('inventory.addLine')}
          </Button>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}
