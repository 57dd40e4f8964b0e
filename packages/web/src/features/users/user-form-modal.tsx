import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { Role, UserRow } from '../../api/types.ts';
import { useApiError } from '../../components/use-api-error.ts';

interface Values {
  username: string;
  name: string;
  password: string;
  roleIds: number[];
  phone?: string;
  email?: string;
  status: UserRow['status'];
}

const phonePattern = /^[0-9+\- ]*$/;
const usernamePattern = /^[A-Za-z0-9_.@-]{3,32}$/;

/** Creates a staff user (`user` undefined) or edits one: profile, roles and status. */
export function UserFormModal({
  open,
  user,
  roles,
  onClose,
}: {
  open: boolean;
  user?: UserRow;
  roles: Role[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const editing = !!user;
  const kind = user?.kind ?? 'staff';

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (user) {
      form.setFieldsValue({
        username: user.username,
        name: user.name,
        phone: user.phone ?? '',
        email: user.email ?? '',
        roleIds: user.roles.map((role) => role.id),
        status: user.status,
      });
    }
  }, [open, user, form]);

  const save = useMutation({
    mutationFn: async (values: Values) => {
      if (user) {
        return unwrap(
          api.PATCH('/api/users/{id}', {
            params: { path: { id: user.id } },
            body: {
              name: values.name,
              phone: values.phone || null,
              email: values.email || null,
              roleIds: values.roleIds,
              status: values.status,
            },
          }),
        );
      }
      return unwrap(
        api.POST('/api/users', {
          body: {
            username: values.username.trim(),
            name: values.name,
            password: values.password,
            roleIds: values.roleIds,
            ...(values.phone ? { phone: values.phone } : {}),
            ...(values.email ? { email: values.email } : {}),
          },
        }),
      );
    },
    onSuccess: () => {
      message.success(editing ? t('users.updated') : t('users.created'));
      void client.invalidateQueries({ queryKey: ['users'] });
      void client.invalidateQueries({ queryKey: ['roles'] });
      onClose();
    },
    onError: (error) => showError(error, form),
  });

  const roleOptions = roles.filter((role) => role.kind === kind).map((role) => ({ value: role.id, label: role.name }));

  return (
    <Modal
      title={editing ? t('users.edit') : t('users.create')}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'user-form-submit' }}
      forceRender
      width={560}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => save.mutate(values)}
        initialValues={{ status: 'active', roleIds: [] }}
        data-testid="user-form"
      >
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={editing ? undefined : t('users.usernameRule')}
          rules={editing ? [] : [{ required: true, pattern: usernamePattern, message: t('users.usernameRule') }]}
        >
          <Input disabled={editing} autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('users.name')} rules={[{ required: true, whitespace: true, max: 64 }]}>
          <Input />
        </Form.Item>
        {editing ? null : (
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, min: 8, message: t('auth.passwordMin') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item
          name="roleIds"
          label={t('users.roles')}
          rules={[{ required: true, type: 'array', min: 1, message: t('users.rolesRequired') }]}
        >
          <Select mode="multiple" options={roleOptions} optionFilterProp="label" data-testid="user-roles-select" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('users.phone')}
          rules={[{ pattern: phonePattern, max: 20, message: t('users.phoneInvalid') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="email" label={t('users.email')} rules={[{ type: 'email', message: t('users.emailInvalid') }]}>
          <Input />
        </Form.Item>
        {editing ? (
          <Form.Item name="status" label={t('users.status')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'active', label: t('users.statuses.active') },
                { value: 'disabled', label: t('users.statuses.disabled') },
              ]}
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
