import { LeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, InputNumber, Skeleton, Steps, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useApiError } from '../../components/use-api-error.ts';
import { StockDisplaySettings } from '../inventory/stock-display-settings.tsx';
import { orderStatusKey, reviewPath } from './order-status.ts';
import type { OrderSettings } from './order-types.ts';
import { ordersKey } from './use-orders.ts';
import './orders.css';

const settingsKey = [...ordersKey, 'settings'] as const;

/** 订单设置: which review steps an order goes through and when shipped orders complete on their own. */
export function OrderSettingsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { message } = App.useApp();
  const client = useQueryClient();
  const showError = useApiError();
  const [form] = Form.useForm<OrderSettings>();
  const allowed = can(me, 'orders:view');
  const editable = can(me, 'settings:edit');
  const settings = useQuery({
    queryKey: settingsKey,
    queryFn: () => unwrap(api.GET('/api/settings/orders')),
    enabled: allowed,
  });
  const save = useMutation({
    mutationFn: (body: Partial<OrderSettings>) => unwrap(api.PATCH('/api/settings/orders', { body })),
    onSuccess: (saved) => {
      client.setQueryData(settingsKey, saved);
      form.setFieldsValue(saved);
      message.success(t('common.saved'));
    },
    onError: (error) => showError(error, form),
  });
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);
  const values = Form.useWatch([], form) as OrderSettings | undefined;
  if (!allowed) return <Forbidden />;

  return (
    <div data-testid="order-settings">
      <Link to="/admin/orders" className="back-link">
        <LeftOutlined /> {t('orders.backToList')}
      </Link>
      <PageHeader title={t('orders.settings.title')} />
      <Card style={{ maxWidth: 860 }}>
        {settings.data ? (
          <>
            {editable ? null : (
              <Alert type="info" showIcon title={t('orders.settings.readOnly')} style={{ marginBottom: 16 }} />
            )}
            <Form<OrderSettings>
              form={form}
              layout="horizontal"
              labelCol={{ span: 6 }}
              wrapperCol={{ span: 18 }}
              disabled={!editable}
              onFinish={(body) => save.mutate(body)}
            >
              <Form.Item label={t('orders.settings.path')}>
                <Steps
                  size="small"
                  current={-1}
                  items={reviewPath(values ?? settings.data).map((status) => ({ title: t(orderStatusKey(status)) }))}
                  data-testid="order-settings-path"
                />
              </Form.Item>
              <Form.Item
                name="financeReview"
                label={t('orders.settings.financeReview')}
                valuePropName="checked"
                extra={t('orders.settings.financeReviewHint')}
              >
                <Switch data-testid="settings-finance-review" />
              </Form.Item>
              <Form.Item
                name="warehouseReview"
                label={t('orders.settings.warehouseReview')}
                valuePropName="checked"
                extra={t('orders.settings.warehouseReviewHint')}
              >
                <Switch data-testid="settings-warehouse-review" />
              </Form.Item>
              <Form.Item
                name="autoCompleteDays"
                label={t('orders.settings.autoCompleteDays')}
                extra={t('orders.settings.autoCompleteHint')}
                rules={[{ required: true, type: 'integer', min: 1, max: 90, message: t('orders.settings.daysRange') }]}
              >
                <InputNumber<number>
                  min={1}
                  max={90}
                  precision={0}
                  suffix={t('orders.settings.days')}
                  style={{ width: 140 }}
                  data-testid="settings-auto-complete"
                />
              </Form.Item>
              {editable ? (
                <Form.Item wrapperCol={{ offset: 6 }}>
                  <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="settings-save">
                    {t('common.save')}
                  </Button>
                </Form.Item>
              ) : null}
            </Form>
          </>
        ) : (
          <Skeleton active />
        )}
      </Card>
      <StockDisplaySettings />
    </div>
  );
}
