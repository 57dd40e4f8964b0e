import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  InputNumber,
  Select,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { PriceExplanation } from '../../api/types.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { localizeServerMessage } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { type PickedSku, SkuPicker } from '../products/sku-picker.tsx';
import { CustomerSelect } from './customer-select.tsx';
import { formatDiscount } from './price-display.ts';

interface Values {
  customerId?: number;
  skuId?: number;
  unitId: number;
  quantity: number;
  at?: Dayjs | null;
}

interface Question {
  customerId: number;
  skuId: number;
  unitId?: number;
  quantity: number;
  at?: string;
}

const ruleColors: Record<PriceExplanation['rule'], string> = {
  base: 'default',
  level_discount: 'orange',
  level_price: 'gold',
  customer_price: 'purple',
  quantity_break: 'cyan',
};

/** 价格解释: which price a customer pays for a SKU, unit and quantity at a time, and which rule decided it. */
export function PriceExplainTab() {
  const { t } = useTranslation();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const [sku, setSku] = useState<PickedSku>();
  const [question, setQuestion] = useState<Question>();
  const explanation = useQuery({
    queryKey: ['pricing', 'explain', question],
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/pricing/explain', { params: { query: question! } }));
      } catch (error) {
        showError(error);
        throw error;
      }
    },
    enabled: question !== undefined,
    retry: false,
  });

  const ask = (values: Values) =>
    setQuestion({
      customerId: values.customerId!,
      skuId: values.skuId!,
      ...(values.unitId ? { unitId: values.unitId } : {}),
      quantity: values.quantity,
      ...(values.at ? { at: values.at.toISOString() } : {}),
    });
  const result = explanation.data;

  return (
    <div className="explain-layout" data-testid="explain-tab">
      <Card size="small" title={t('pricing.tabs.explain')}>
        <Typography.Paragraph type="secondary">{t('pricing.explain.hint')}</Typography.Paragraph>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ unitId: 0, quantity: 1 }}
          onFinish={ask}
          data-testid="explain-form"
        >
          <Form.Item
            name="customerId"
            label={t('pricing.explain.customer')}
            rules={[{ required: true, message: t('pricing.explain.customerSearch') }]}
          >
            <CustomerSelect testId="explain-customer" />
          </Form.Item>
          <Form.Item
            name="skuId"
            label={t('pricing.sku')}
            rules={[{ required: true, message: t('pricing.skuSearch') }]}
          >
            <SkuPicker
              testId="explain-sku"
              onChange={(skuId, picked) => {
                form.setFieldsValue({ skuId, unitId: 0 });
                setSku(picked);
              }}
            />
          </Form.Item>
          <div className="explain-row">
            <Form.Item name="unitId" label={t('pricing.unit')}>
              <Select
                options={[
                  { value: 0, label: t('pricing.baseUnit', { unit: sku?.unit ?? '-' }) },
                  ...(sku?.units ?? []).map((unit) => ({ value: unit.id, label: `${unit.name} (×${unit.factor})` })),
                ]}
                data-testid="explain-unit"
              />
            </Form.Item>
            <Form.Item name="quantity" label={t('pricing.explain.quantity')} rules={[{ required: true }]}>
              <InputNumber min={1} max={1e9} precision={0} style={{ width: '100%' }} data-testid="explain-quantity" />
            </Form.Item>
          </div>
          <Form.Item name="at" label={t('pricing.explain.at')}>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              placeholder={t('pricing.explain.now')}
              style={{ width: '100%' }}
              data-testid="explain-at"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={explanation.isFetching} data-testid="explain-run">
            {t('pricing.explain.run')}
          </Button>
        </Form>
      </Card>
      <Card size="small" data-testid="explain-result">
        {!result ? (
          <Empty description={t('pricing.explain.hint')} style={{ padding: '48px 0' }} />
        ) : (
          <>
            <div className="explain-price">
              <div>
                <div className="explain-price-label">{t('pricing.explain.unitPrice')}</div>
                <div className="explain-price-value money" data-testid="explain-unit-price">
                  {formatMoney(result.unitPrice)}
                  <span className="explain-price-unit">{t('pricing.explain.per', { unit: result.unitName })}</span>
                </div>
              </div>
              <Tag color={ruleColors[result.rule]} className="explain-rule" data-testid="explain-rule">
                {t(`pricing.rules.${result.rule}`)}
              </Tag>
            </div>
            <Descriptions size="small" column={3} style={{ marginBottom: 16 }}>
              <Descriptions.Item label={t('pricing.explain.basePrice')}>
                <span className="money">{formatMoney(result.basePrice)}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('pricing.explain.level')}>
                {result.levelName
                  ? `${result.levelName}${result.discountPercent !== null ? ` · ${formatDiscount(result.discountPercent, t)}` : ''}`
                  : '-'}
              </Descriptions.Item>
              <Descriptions.Item label={t('pricing.explain.quantity')}>
                {result.quantity} {result.unitName} · {formatDateTime(result.at)}
              </Descriptions.Item>
            </Descriptions>
            <Typography.Title level={5}>{t('pricing.explain.steps')}</Typography.Title>
            <Timeline
              data-testid="explain-steps"
              items={result.steps.map((step, index) => ({
                key: index,
                color: step.applied ? 'green' : 'gray',
                icon: step.applied ? (
                  <CheckCircleFilled style={{ color: '#52c41a' }} />
                ) : (
                  <MinusCircleOutlined style={{ color: '#bfbfbf' }} />
                ),
                content: (
                  <div
                    className={step.applied ? 'explain-step explain-step-applied' : 'explain-step'}
                    data-testid={`explain-step-${step.rule}`}
                  >
                    <div className="explain-step-head">
                      <Typography.Text strong={step.applied}>{t(`pricing.rules.${step.rule}`)}</Typography.Text>
                      <span className="money">{formatMoney(step.price)}</span>
                      <Tag color={step.applied ? 'green' : 'default'} variant="filled">
                        {step.applied ? t('pricing.explain.applied') : t('pricing.explain.skipped')}
                      </Tag>
                      {step.sourceId !== null ? (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('pricing.explain.source', { id: step.sourceId })}
                        </Typography.Text>
                      ) : null}
                    </div>
                    {step.note ? (
                      <Typography.Text type="secondary">{localizeServerMessage(step.note)}</Typography.Text>
                    ) : null}
                  </div>
                ),
              }))}
            />
          </>
        )}
      </Card>
    </div>
  );
}
