import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Form,
  Input,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { CustomerUserRole } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { customerStatusColor } from './customer-status.ts';

interface NewUser {
  username: string;
  password: string;
  name?: string;
  role: CustomerUserRole;
}

const customerRoles: CustomerUserRole[] = ['buyer', 'approver', 'viewer'];

/** One customer's record, and (with customers:edit) a form to open a portal account for it. */
export function CustomerDrawer({ customerId, onClose }: { customerId?: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const client = useQueryClient();
  const showError = useApiError();
  const [form] = Form.useForm<NewUser>();
  const customer = useQuery({
    queryKey: ['customers', 'detail', customerId],
    queryFn: () => unwrap(api.GET('/api/customers/{id}', { params: { path: { id: customerId! } } })),
    enabled: customerId !== undefined,
  });
  const addUser = useMutation({
    mutationFn: (body: NewUser) =>
      unwrap(
        api.POST('/api/customers/{id}/users', {
          params: { path: { id: customerId! } },
          body: { ...body, username: body.username.trim(), ...(body.name ? {} : { name: undefined }) },
        }),
      ),
    onSuccess: () => {
      message.success(t('customers.userAdded'));
      form.resetFields();
      void client.invalidateQueries({ queryKey: ['users'] });
    },
    onError: (error) => showError(error, form),
  });
  const c = customer.data;

  return (
    <Drawer
      title={c ? c.name : t('customers.detail')}
      open={customerId !== undefined}
      onClose={() => {
        form.resetFields();
        onClose();
      }}
      size={560}
      data-testid="customer-drawer"
    >
      {!c ? (
        <Skeleton active />
      ) : (
        <>
          <Descriptions column={1} size="small" bordered styles={{ label: { width: 140 } }}>
            <Descriptions.Item label={t('customers.code')}>{c.code}</Descriptions.Item>
            <Descriptions.Item label={t('customers.status')}>
              <Tag color={customerStatusColor(c.status)}>{t(`customers.statuses.${c.status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('customers.level')}>{c.levelName ?? t('customers.noLevel')}</Descriptions.Item>
            <Descriptions.Item label={t('customers.salesperson')}>{c.salespersonName ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('customers.creditLimit')}>{formatMoney(c.creditLimit)}</Descriptions.Item>
            <Descriptions.Item label={t('customers.paymentTermDays')}>
              {t('customers.days', { count: c.paymentTermDays })}
            </Descriptions.Item>
            <Descriptions.Item label={t('customers.contact')}>{c.contactName ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('customers.phone')}>{c.phone ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('customers.address')}>
              {[c.province, c.city, c.district, c.address].filter(Boolean).join(' ') || '-'}
            </Descriptions.Item>
            {c.tags.length > 0 ? (
              <Descriptions.Item label={t('customers.tags')}>
                {c.tags.map((tag) => (
                  <Tag key={tag}>{tag}</Tag>
                ))}
              </Descriptions.Item>
            ) : null}
            {c.notes ? <Descriptions.Item label={t('customers.notes')}>{c.notes}</Descriptions.Item> : null}
            <Descriptions.Item label={t('customers.createdAt')}>{formatDateTime(c.createdAt)}</Descriptions.Item>
          </Descriptions>

          {can(me, 'customers:edit') ? (
            <>
              <Divider />
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {t('customers.addUser')}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{t('customers.addUserHint')}</Typography.Paragraph>
              <Form<NewUser>
                form={form}
                layout="vertical"
                initialValues={{ role: 'buyer' }}
                onFinish={(values) => addUser.mutate(values)}
                data-testid="customer-user-form"
              >
                <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '0 16px' }}>
                  <Form.Item
                    name="username"
                    label={t('users.username')}
                    rules={[{ required: true, pattern: /^[A-Za-z0-9_.@-]{3,32}$/, message: t('users.usernameRule') }]}
                  >
                    <Input autoComplete="off" />
                  </Form.Item>
                  <Form.Item
                    name="password"
                    label={t('auth.password')}
                    rules={[{ required: true, min: 8, message: t('auth.passwordMin') }]}
                  >
                    <Input.Password autoComplete="new-password" />
                  </Form.Item>
                  <Form.Item name="name" label={t('users.name')} rules={[{ max: 64 }]}>
                    <Input />
                  </Form.Item>
                  <Form.Item name="role" label={t('customers.userRole')} rules={[{ required: true }]}>
                    <Select
                      options={customerRoles.map((role) => ({ value: role, label: t(`customers.userRoles.${role}`) }))}
                    />
                  </Form.Item>
                </div>
                <Space>
                  <Button
                    type="primary"
                    htmlType="submit"
                    loading={addUser.isPending}
                    data-testid="customer-user-submit"
                  >
                    {t('customers.addUser')}
                  </Button>
                </Space>
              </Form>
            </>
          ) : null}
        </>
      )}
    </Drawer>
  );
}
