import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, InputNumber, Modal, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { QuantityBreak } from '../../api/types.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { fenToYuan, formatMoney, yuanToFen } from '../../lib/money.ts';
import { formatValidity, type Validity, validityFromBody, validityToBody } from '../pricing/price-display.ts';
import { useCustomerLevels } from './use-catalog.ts';

export interface BreaksSku {
  id: number;
  label: string;
  unit: string;
  units: { id?: number; name: string }[];
}

interface Values {
  tiers: { minQuantity?: number; price?: number }[];
  validity: Validity;
}

/** The key of a (unit, level) group: every PUT replaces the tiers of one such group. */
const groupKey = (unitId: number | null, levelId: number | null) => `${unitId ?? 'base'}:${levelId ?? 'all'}`;

/** 阶梯价 of one SKU: pick the unit and the customer level, edit its tiers, save them in one PUT. */
export function QuantityBreaksModal({
  sku,
  readOnly,
  onClose,
}: {
  sku?: BreaksSku;
  readOnly?: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const client = useQueryClient();
  const levels = useCustomerLevels();
  const [form] = Form.useForm<Values>();
  const [unitId, setUnitId] = useState<number | null>(null);
  const [levelId, setLevelId] = useState<number | null>(null);
  const breaks = useQuery({
    queryKey: ['quantity-breaks', sku?.id],
    queryFn: async () =>
      (await unwrap(api.GET('/api/skus/{id}/quantity-breaks', { params: { path: { id: sku!.id } } }))).items,
    enabled: sku !== undefined,
  });

  useEffect(() => {
    if (!sku) return;
    setUnitId(null);
    setLevelId(null);
  }, [sku]);

  // Load the tiers of the chosen group into the form whenever the group or the data changes.
  useEffect(() => {
    const rows = (breaks.data ?? [])
      .filter((row) => groupKey(row.unitId, row.levelId) === groupKey(unitId, levelId))
      .sort((a, b) => a.minQuantity - b.minQuantity);
    form.setFieldsValue({
      tiers:
        rows.length > 0 ? rows.map((row) => ({ minQuantity: row.minQuantity, price: fenToYuan(row.price) })) : [{}],
      validity: rows[0] ? validityFromBody(rows[0].startsAt, rows[0].endsAt) : null,
    });
  }, [breaks.data, unitId, levelId, form]);

  const save = useMutation({
    mutationFn: (values: Values) =>
      unwrap(
        api.PUT('/api/skus/{id}/quantity-breaks', {
          params: { path: { id: sku!.id } },
          body: {
            unitId,
            levelId,
            tiers: values.tiers
              .filter((tier) => tier.minQuantity !== undefined && tier.price !== undefined && tier.price !== null)
              .map((tier) => ({ minQuantity: tier.minQuantity!, price: yuanToFen(tier.price!) })),
            ...validityToBody(values.validity),
          },
        }),
      ),
    onSuccess: () => {
      message.success(t('quantityBreaks.saved'));
      void client.invalidateQueries({ queryKey: ['quantity-breaks', sku?.id] });
    },
    onError: (error) => showError(error, form),
  });

  const unitOptions = [
    { value: 0, label: t('pricing.baseUnit', { unit: sku?.unit ?? '' }) },
    ...(sku?.units ?? []).filter((unit) => unit.id).map((unit) => ({ value: unit.id!, label: unit.name })),
  ];
  const levelOptions = [
    { value: 0, label: t('quantityBreaks.everyone') },
    ...(levels.data ?? []).map((level) => ({ value: level.id, label: level.name })),
  ];

  return (
    <Modal
      title={t('quantityBreaks.title', { sku: sku?.label ?? '' })}
      open={sku !== undefined}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'breaks-save', disabled: readOnly }}
      width={720}
      forceRender
      data-testid="breaks-modal"
    >
      <Typography.Paragraph type="secondary">{t('quantityBreaks.hint')}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }} wrap>
        <span>{t('quantityBreaks.unit')}</span>
        <Select
          style={{ width: 160 }}
          value={unitId ?? 0}
          onChange={(value: number) => setUnitId(value || null)}
          options={unitOptions}
          data-testid="breaks-unit"
        />
        <span>{t('quantityBreaks.level')}</span>
        <Select
          style={{ width: 160 }}
          value={levelId ?? 0}
          onChange={(value: number) => setLevelId(value || null)}
          options={levelOptions}
          data-testid="breaks-level"
        />
      </Space>
      <Form<Values> form={form} layout="vertical" disabled={readOnly} onFinish={(values) => save.mutate(values)}>
        <Form.List name="tiers">
          {(fields, { add, remove }) => (
            <div className="tiers">
              {fields.map((field, index) => (
                <Space key={field.key} align="start" data-testid={`tier-${index}`}>
                  <Form.Item
                    name={[field.name, 'minQuantity']}
                    label={index === 0 ? t('quantityBreaks.minQuantity') : undefined}
                    dependencies={field.name > 0 ? [['tiers', field.name - 1, 'minQuantity']] : []}
                    rules={[
                      { required: true, message: t('quantityBreaks.minQuantityRule') },
                      { type: 'number', min: 2, message: t('quantityBreaks.minQuantityRule') },
                      ({ getFieldValue }) => ({
                        validator: (_rule, value?: number) => {
                          const previous =
                            field.name > 0 ? getFieldValue(['tiers', field.name - 1, 'minQuantity']) : undefined;
                          return value !== undefined && previous !== undefined && value <= previous
                            ? Promise.reject(new Error(t('quantityBreaks.increasing')))
                            : Promise.resolve();
                        },
                      }),
                    ]}
                  >
                    <InputNumber min={2} precision={0} style={{ width: 160 }} data-testid={`tier-qty-${index}`} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'price']}
                    label={index === 0 ? t('quantityBreaks.price') : undefined}
                    rules={[{ required: true, message: t('products.priceRequired') }]}
                  >
                    <InputNumber
                      min={0}
                      precision={2}
                      prefix="¥"
                      style={{ width: 160 }}
                      data-testid={`tier-price-${index}`}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    style={{ marginTop: index === 0 ? 30 : 0 }}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({})}
                disabled={fields.length >= 20}
                style={{ marginBottom: 16 }}
                data-testid="tier-add"
              >
                {t('quantityBreaks.addTier')}
              </Button>
            </div>
          )}
        </Form.List>
        <Form.Item name="validity" label={t('quantityBreaks.validity')}>
          <DatePicker.RangePicker allowEmpty={[true, true]} placeholder={[t('pricing.always'), t('pricing.always')]} />
        </Form.Item>
      </Form>
      <Typography.Title level={5}>{t('quantityBreaks.current')}</Typography.Title>
      <Table<QuantityBreak>
        size="small"
        rowKey="id"
        loading={breaks.isFetching}
        dataSource={breaks.data}
        pagination={false}
        locale={{ emptyText: t('quantityBreaks.none') }}
        onRow={(row) => ({
          onClick: () => {
            setUnitId(row.unitId);
            setLevelId(row.levelId);
          },
          style: { cursor: 'pointer' },
        })}
        columns={[
          { title: t('quantityBreaks.unit'), dataIndex: 'unitName' },
          {
            title: t('quantityBreaks.level'),
            dataIndex: 'levelName',
            render: (name: string | null) => name ?? t('quantityBreaks.everyone'),
          },
          { title: t('quantityBreaks.minQuantity'), dataIndex: 'minQuantity', align: 'right' },
          {
            title: t('quantityBreaks.price'),
            dataIndex: 'price',
            align: 'right',
            render: (fen: number) => formatMoney(fen),
          },
          {
            title: t('quantityBreaks.validity'),
            key: 'validity',
            render: (_: unknown, row) => formatValidity(row.startsAt, row.endsAt, t),
          },
        ]}
        data-testid="breaks-table"
      />
    </Modal>
  );
}
