import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../components/use-api-error.ts';
import { fenToYuan, formatMoney, yuanToFen } from '../../lib/money.ts';
import { type PickedSku, SkuPicker } from '../products/sku-picker.tsx';
import { type Validity, validityFromBody, validityToBody } from './price-display.ts';

/** A fixed price row being edited: a level price or a customer price. */
export interface PriceRowEdit {
  skuId: number;
  skuLabel: string;
  unitName: string;
  price: number;
  startsAt: string | null;
  endsAt: string | null;
  note?: string;
}

/** What the form hands back: price in fen, the window as API instants. */
export interface PriceInput {
  skuId: number;
  unitId: number | null;
  price: number;
  startsAt: string | null;
  endsAt: string | null;
  note?: string;
}

interface Values {
  skuId?: number;
  unitId: number;
  price?: number;
  validity: Validity;
  note?: string;
}

/**
 * Adds a fixed price (SKU, unit, price, validity, optional note) or edits one; an existing row keeps
 * its SKU and unit (the API changes only price, window and note). `onSave` errors land on the fields.
 */
export function PriceFormModal({
  open,
  title,
  editing,
  withNote,
  onSave,
  onClose,
}: {
  open: boolean;
  title: string;
  editing?: PriceRowEdit;
  withNote?: boolean;
  onSave: (input: PriceInput) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const [sku, setSku] = useState<PickedSku>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setSku(undefined);
    if (editing) {
      form.setFieldsValue({
        price: fenToYuan(editing.price),
        validity: validityFromBody(editing.startsAt, editing.endsAt),
        note: editing.note,
      });
    }
  }, [open, editing, form]);

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      await onSave({
        skuId: editing?.skuId ?? values.skuId!,
        unitId: values.unitId || null,
        price: yuanToFen(values.price ?? 0),
        ...validityToBody(values.validity),
        ...(withNote ? { note: values.note?.trim() ?? '' } : {}),
      });
      onClose();
    } catch (error) {
      showError(error, form);
    } finally {
      setSaving(false);
    }
  };

  const unit = Form.useWatch('unitId', form);
  const basePrice = sku ? (sku.units.find((u) => u.id === unit)?.price ?? sku.price) : undefined;

  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'price-form-submit' }}
      forceRender
      width={560}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ unitId: 0, validity: null }}
        onFinish={submit}
        data-testid="price-form"
      >
        {editing ? (
          <>
            <Form.Item label={t('pricing.sku')}>
              <Input value={editing.skuLabel} disabled />
            </Form.Item>
            <Form.Item label={t('pricing.unit')}>
              <Input value={editing.unitName} disabled />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item
              name="skuId"
              label={t('pricing.sku')}
              rules={[{ required: true, message: t('pricing.skuSearch') }]}
            >
              <SkuPicker
                onChange={(skuId, picked) => {
                  form.setFieldsValue({ skuId, unitId: 0 });
                  setSku(picked);
                }}
              />
            </Form.Item>
            <Form.Item
              name="unitId"
              label={t('pricing.unit')}
              extra={basePrice === undefined ? undefined : `${t('pricing.basePrice')} ${formatMoney(basePrice)}`}
            >
              <Select
                options={[
                  { value: 0, label: t('pricing.baseUnit', { unit: sku?.unit ?? '-' }) },
                  ...(sku?.units ?? []).map((u) => ({ value: u.id, label: `${u.name} (×${u.factor})` })),
                ]}
                data-testid="price-unit"
              />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="price"
          label={t('pricing.priceYuan')}
          rules={[{ required: true, message: t('products.priceRequired') }]}
        >
          <InputNumber min={0} max={1e10} precision={2} prefix="¥" style={{ width: 200 }} data-testid="price-amount" />
        </Form.Item>
        <Form.Item name="validity" label={t('pricing.validity')}>
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            placeholder={[t('pricing.always'), t('pricing.always')]}
            data-testid="price-validity"
          />
        </Form.Item>
        {withNote ? (
          <Form.Item name="note" label={t('pricing.note')} rules={[{ max: 200 }]}>
            <Input maxLength={200} data-testid="price-note" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
