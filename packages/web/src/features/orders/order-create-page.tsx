import { LeftOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import type { CustomerAddress } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useApiError } from '../../components/use-api-error.ts';
import { formatMoney } from '../../lib/money.ts';
import { formatRegion } from '../../lib/regions.ts';
import { CustomerSelect } from '../pricing/customer-select.tsx';
import { describeOrderError, lineFieldErrors } from './order-errors.ts';
import { OrderLinesEditor } from './order-lines-editor.tsx';
import type { PlaceOrderBody } from './order-types.ts';
import { ordersKey } from './use-orders.ts';
import './orders.css';
import { newId } from '../../lib/new-id.ts';

interface LineValues {
  key: number;
  skuId?: number;
  unitId?: number | null;
  quantity?: number | null;
}

interface Values {
  customerId?: number;
  lines: LineValues[];
  addressId?: number;
  paymentMethod?: PlaceOrderBody['paymentMethod'];
  remark?: string;
}

const paymentMethods: NonNullable<PlaceOrderBody['paymentMethod']>[] = [
  'credit',
  'offline',
  'wallet',
  'alipay',
  'wechat',
];

let nextLineKey = 1;
const emptyLine = (): LineValues => ({ key: nextLineKey++, unitId: null, quantity: 1 });

/**
 * 代客下单: staff place an order for a customer in their scope. One Idempotency-Key per form, so a
 * retried submit (double click, lost answer) never places the order twice.
 */
export function OrderCreatePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const [idempotencyKey] = useState(() => newId());
  const customerId = Form.useWatch('customerId', form);
  const lines = Form.useWatch('lines', form) ?? [];
  const canPrice = can(me, 'prices:view');

  const addresses = useQuery({
    queryKey: ['customers', customerId, 'addresses'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/customers/{id}/addresses', { params: { path: { id: customerId as number } } })))
        .items,
    enabled: customerId !== undefined,
  });

  // The customer's own price of each line (level, customer price, quantity break), as the order will charge it.
  const priced = lines.map((line) =>
    customerId !== undefined && line?.skuId && line.quantity && line.quantity > 0
      ? { customerId, skuId: line.skuId, unitId: line.unitId ?? undefined, quantity: line.quantity }
      : undefined,
  );
  const prices = useQueries({
    queries: priced.map((query) => ({
      queryKey: ['pricing', 'explain', query],
      queryFn: () => unwrap(api.GET('/api/pricing/explain', { params: { query: query! } })),
      enabled: canPrice && query !== undefined,
      staleTime: 30_000,
    })),
  });
  const lineAmount = (index: number) => {
    const price = prices[index]?.data?.unitPrice;
    const quantity = lines[index]?.quantity;
    return price !== undefined && quantity ? price * quantity : undefined;
  };
  const estimate = lines.reduce((sum, _line, index) => sum + (lineAmount(index) ?? 0), 0);

  // A newly picked customer's default address is preselected.
  useEffect(() => {
    const list = addresses.data;
    if (!list || form.getFieldValue('addressId') !== undefined) return;
    const preferred = list.find((a) => a.isDefault) ?? list[0];
    if (preferred) form.setFieldValue('addressId', preferred.id);
  }, [addresses.data, form]);

  const place = useMutation({
    mutationFn: (body: PlaceOrderBody) =>
      unwrap(api.POST('/api/orders', { params: { header: { 'idempotency-key': idempotencyKey } }, body })),
    onSuccess: (order) => {
      void client.invalidateQueries({ queryKey: ordersKey });
      message.success(t('orders.create.done', { number: order.number }));
      navigate(`/admin/orders/${order.id}`, { replace: true });
    },
    onError: (error) => {
      const fields = lineFieldErrors(error);
      if (fields.length) form.setFields(fields as Parameters<typeof form.setFields>[0]);
      const text = describeOrderError(error, t);
      if (text) message.error(text);
      else if (!fields.length) showError(error, form);
    },
  });

  if (!can(me, 'orders:create')) return <Forbidden />;

  const submit = (values: Values) => {
    const body: PlaceOrderBody = {
      customerId: values.customerId,
      lines: values.lines.map((line) => ({
        skuId: line.skuId as number,
        quantity: line.quantity as number,
        unitId: line.unitId ?? null,
      })),
      addressId: values.addressId,
      paymentMethod: values.paymentMethod,
      remark: values.remark?.trim() || undefined,
    };
    place.mutate(body);
  };

  const addressList = addresses.data ?? [];

  return (
    <div data-testid="order-create">
      <Link to="/admin/orders" className="back-link">
        <LeftOutlined /> {t('orders.backToList')}
      </Link>
      <PageHeader title={t('orders.create.title')} />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ lines: [emptyLine()] }}
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>) => {
          if ('customerId' in changed) form.setFieldValue('addressId', undefined);
        }}
      >
        <Card title={t('orders.create.customer')} style={{ marginBottom: 16 }}>
          <Form.Item
            name="customerId"
            rules={[{ required: true, message: t('orders.create.customerRequired') }]}
            style={{ maxWidth: 480, marginBottom: 0 }}
          >
            <CustomerSelect testId="order-customer-select" />
          </Form.Item>
        </Card>
        <Card title={t('orders.lines.title')} style={{ marginBottom: 16 }}>
          <OrderLinesEditor
            form={form}
            lines={lines}
            testIdPrefix="order-line"
            tableTestId="order-create-lines"
            skuTitle={t('orders.create.sku')}
            widths={{ unit: 150, quantity: 140 }}
            priceColumns={[
              {
                title: t('orders.lines.unitPrice'),
                key: 'price',
                width: 110,
                align: 'right',
                render: (_: unknown, field) => {
                  const price = prices[field.name]?.data?.unitPrice;
                  return price === undefined ? '-' : formatMoney(price);
                },
              },
              {
                title: t('orders.lines.amount'),
                key: 'amount',
                width: 120,
                align: 'right',
                render: (_: unknown, field) => {
                  const amount = lineAmount(field.name);
                  return amount === undefined ? '-' : <span className="order-money">{formatMoney(amount)}</span>;
                },
              },
            ]}
            footer={(add) => (
              <div className="order-create-lines-foot">
                <Button icon={<PlusOutlined />} onClick={() => add(emptyLine())} data-testid="order-line-add">
                  {t('orders.create.addLine')}
                </Button>
                {canPrice ? (
                  <span>
                    {t('orders.create.estimate')}
                    <strong className="order-total order-money" data-testid="order-estimate">
                      {formatMoney(estimate)}
                    </strong>
                  </span>
                ) : null}
              </div>
            )}
          />
        </Card>
        <Card title={t('orders.address')} style={{ marginBottom: 16 }}>
          {customerId === undefined ? (
            <Typography.Text type="secondary">{t('orders.create.pickCustomerFirst')}</Typography.Text>
          ) : addressList.length === 0 && !addresses.isPending ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.create.noAddresses')} />
          ) : (
            <Form.Item name="addressId" style={{ marginBottom: 0 }}>
              <Radio.Group className="order-address-options" data-testid="order-address">
                {addressList.map((address: CustomerAddress) => (
                  <Radio key={address.id} value={address.id} className="order-address-option">
                    <div>
                      <strong>{address.contactName}</strong> {address.phone}
                      {address.label ? <span className="order-address-label">{address.label}</span> : null}
                      {address.isDefault ? (
                        <span className="order-address-label">{t('orders.create.defaultAddress')}</span>
                      ) : null}
                    </div>
                    <Typography.Text type="secondary">
                      {formatRegion(
                        { province: address.province, city: address.city, district: address.district },
                        address.address,
                      )}
                    </Typography.Text>
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
          )}
        </Card>
        <Card title={t('orders.create.more')} style={{ marginBottom: 16 }}>
          <Space size={16} align="start" style={{ width: '100%' }} className="order-create-more">
            <Form.Item name="paymentMethod" label={t('orders.paymentMethod')} style={{ width: 200 }}>
              <Select
                allowClear
                placeholder={t('orders.create.paymentLater')}
                options={paymentMethods.map((method) => ({
                  value: method,
                  label: t(`orders.paymentMethods.${method}`),
                }))}
                data-testid="order-payment-method"
              />
            </Form.Item>
            <Form.Item name="remark" label={t('orders.remark')} style={{ width: 560 }}>
              <Input.TextArea rows={2} maxLength={500} showCount data-testid="order-remark" />
            </Form.Item>
          </Space>
        </Card>
        <div className="order-create-submit">
          {canPrice ? null : <Typography.Text type="secondary">{t('orders.create.priceHint')}</Typography.Text>}
          <Button type="primary" htmlType="submit" size="large" loading={place.isPending} data-testid="order-submit">
            {t('orders.create.submit')}
          </Button>
        </div>
      </Form>
    </div>
  );
}
