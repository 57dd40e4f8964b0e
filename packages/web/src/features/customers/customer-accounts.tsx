import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Switch, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { CustomerAccount, CustomerUserRole } from '../../api/types.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { formatDateTime } from '../../lib/dates.ts';

interface NewAccount {
  username: string;
  password: string;
  name?: string;
  role: CustomerUserRole;
}

const customerRoles: CustomerUserRole[] = ['buyer', 'approver', 'viewer'];
const accountsKey = (customerId: number) => ['customers', customerId, 'users'] as const;

/** 账号: the customer's portal sign-ins; with customers:edit add one, change its role, disable it. */
export function CustomerAccounts({ customerId, editable }: { customerId: number; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const showError = useApiError();
  const [adding, setAdding] = useState(false);
  const accounts = useQuery({
    queryKey: accountsKey(customerId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/customers/{id}/users', { params: { path: { id: customerId } } }))).items,
  });
  const update = useMutation({
    mutationFn: ({ userId, ...body }: { userId: number; status?: 'active' | 'disabled'; role?: CustomerUserRole }) =>
      unwrap(api.PATCH('/api/customers/{id}/users/{userId}', { params: { path: { id: customerId, userId } }, body })),
    onSuccess: () => {
      message.success(t('common.saved'));
      void client.invalidateQueries({ queryKey: accountsKey(customerId) });
    },
    onError: (error) => showError(error),
  });
  const roleOptions = customerRoles.map((role) => ({ value: role, label: t(`customers.userRoles.${role}`) }));
  const roleOf = (account: CustomerAccount) => customerRoles.find((role) => account.roles.some((r) => r.code === role));

  const columns: TableColumnsType<CustomerAccount> = [
    { title: t('users.username'), dataIndex: 'username' },
    { title: t('users.name'), dataIndex: 'name' },
    {
      title: t('customers.userRole'),
      key: 'role',
      width: 160,
      render: (_: unknown, account) =>
        editable ? (
          <Select
            size="small"
            style={{ width: 130 }}
            value={roleOf(account)}
            options={roleOptions}
            onChange={(role) => update.mutate({ userId: account.id, role })}
            data-testid={`account-role-${account.id}`}
          />
        ) : (
          account.roles.map((role) => role.name).join('、')
        ),
    },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      render: (at: string | null) =>
        at ? formatDateTime(at) : <Typography.Text type="secondary">{t('users.neverSignedIn')}</Typography.Text>,
    },
    {
      title: t('users.status'),
      dataIndex: 'status',
      width: 120,
      render: (status: CustomerAccount['status'], account) => (
        <Switch
          size="small"
          checked={status === 'active'}
          disabled={!editable}
          loading={update.isPending && update.variables?.userId === account.id && !!update.variables.status}
          checkedChildren={t('users.statuses.active')}
          unCheckedChildren={t('users.statuses.disabled')}
          onChange={(on) => update.mutate({ userId: account.id, status: on ? 'active' : 'disabled' })}
          data-testid={`account-status-${account.id}`}
        />
      ),
    },
  ];

  return (
    <div data-testid="customer-accounts">
      {editable ? (
        <div className="table-toolbar" style={{ justifyContent: 'space-between' }}>
          <Typography.Text type="secondary">{t('customers.addUserHint')}</Typography.Text>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="account-add">
            {t('customers.addUser')}
          </Button>
        </div>
      ) : null}
      <Table<CustomerAccount>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={accounts.data}
        loading={accounts.isPending}
        pagination={false}
      />
      <AddAccountModal customerId={customerId} open={adding} onClose={() => setAdding(false)} />
    </div>
  );
}

function AddAccountModal({ customerId, open, onClose }: { customerId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const showError = useApiError();
  const [form] = Form.useForm<NewAccount>();
  const add = useMutation({
    mutationFn: ({ name, username, ...rest }: NewAccount) =>
      unwrap(
        api.POST('/api/customers/{id}/users', {
          params: { path: { id: customerId } },
          body: { ...rest, username: username.trim(), ...(name?.trim() ? { name: name.trim() } : {}) },
        }),
      ),
    onSuccess: () => {
      message.success(t('customers.userAdded'));
      void client.invalidateQueries({ queryKey: accountsKey(customerId) });
      void client.invalidateQueries({ queryKey: ['users'] });
      onClose();
    },
    onError: (error) => showError(error, form),
  });
  return (
    <Modal
      title={t('customers.addUser')}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      okButtonProps={{ 'data-testid': 'customer-user-submit' }}
      destroyOnHidden
    >
      <Form<NewAccount>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ role: 'buyer' }}
        onFinish={(values) => add.mutate(values)}
        data-testid="customer-user-form"
      >
        <div className="form-grid-2">
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
            <Select options={customerRoles.map((role) => ({ value: role, label: t(`customers.userRoles.${role}`) }))} />
          </Form.Item>
        </div>
      </Form>
    </Modal>
  );
}
