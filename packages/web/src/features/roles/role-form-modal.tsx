import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Radio, Skeleton } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { Role } from '../../api/types.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { PermissionMatrix } from './permission-matrix.tsx';
import { rolesQueryKey } from './use-roles.ts';

interface Values {
  name: string;
  code: string;
  description?: string;
  dataScope: Role['dataScope'];
  permissions: string[];
}

/** Creates a custom staff role (`role` undefined) or edits one; the admin role is shown read-only. */
export function RoleFormModal({
  open,
  role,
  readOnly,
  onClose,
}: {
  open: boolean;
  role?: Role;
  readOnly: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const locked = readOnly || role?.code === 'admin';
  const kind = role?.kind ?? 'staff';
  const catalog = useQuery({
    queryKey: ['auth', 'permissions'],
    queryFn: () => unwrap(api.GET('/api/auth/permissions')),
    staleTime: Number.POSITIVE_INFINITY,
    enabled: open,
  });

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (role) {
      form.setFieldsValue({
        name: role.name,
        code: role.code,
        description: role.description,
        dataScope: role.dataScope,
        permissions: role.permissions,
      });
    }
  }, [open, role, form]);

  const save = useMutation({
    mutationFn: (values: Values) =>
      role
        ? unwrap(
            api.PATCH('/api/roles/{id}', {
              params: { path: { id: role.id } },
              body: {
                name: values.name,
                description: values.description ?? '',
                dataScope: values.dataScope,
                permissions: values.permissions,
              },
            }),
          )
        : unwrap(
            api.POST('/api/roles', {
              body: {
                name: values.name,
                code: values.code,
                description: values.description ?? '',
                dataScope: values.dataScope,
                permissions: values.permissions,
              },
            }),
          ),
    onSuccess: () => {
      message.success(role ? t('roles.updated') : t('roles.created'));
      void client.invalidateQueries({ queryKey: rolesQueryKey });
      onClose();
    },
    onError: (error) => showError(error, form),
  });

  const title = locked ? t('roles.view') : role ? t('roles.edit') : t('roles.create');
  return (
    <Modal
      title={role ? `${title} · ${role.name}` : title}
      open={open}
      onCancel={onClose}
      width={860}
      forceRender
      footer={
        locked ? (
          <Button onClick={onClose}>{t('common.confirm')}</Button>
        ) : (
          [
            <Button key="cancel" onClick={onClose}>
              {t('common.cancel')}
            </Button>,
            <Button
              key="save"
              type="primary"
              loading={save.isPending}
              onClick={() => form.submit()}
              data-testid="role-form-submit"
            >
              {t('common.save')}
            </Button>,
          ]
        )
      }
    >
      {role?.code === 'admin' ? (
        <Alert type="info" showIcon title={t('roles.adminReadOnly')} style={{ marginBottom: 16 }} />
      ) : kind === 'customer' ? (
        <Alert type="info" showIcon title={t('roles.customerHint')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={locked}
        initialValues={{ dataScope: 'all', permissions: [] }}
        onFinish={(values) => save.mutate(values)}
        data-testid="role-form"
      >
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '0 16px' }}>
          <Form.Item name="name" label={t('roles.name')} rules={[{ required: true, whitespace: true, max: 32 }]}>
            <Input />
          </Form.Item>
          <Form.Item
            name="code"
            label={t('roles.code')}
            extra={role ? undefined : t('roles.codeRule')}
            rules={role ? [] : [{ required: true, pattern: /^[a-z][a-z0-9_]{1,31}$/, message: t('roles.codeRule') }]}
          >
            <Input disabled={!!role} />
          </Form.Item>
        </div>
        <Form.Item name="description" label={t('roles.description')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        {kind === 'staff' ? (
          <Form.Item name="dataScope" label={t('roles.dataScope')}>
            <Radio.Group
              options={[
                { value: 'all', label: t('roles.scopes.all') },
                { value: 'own', label: t('roles.scopes.own') },
              ]}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="permissions" label={t('roles.permissions')}>
          {catalog.data ? (
            <PermissionMatrix
              groups={catalog.data.groups}
              allowed={kind === 'customer' ? catalog.data.customerAssignable : undefined}
              disabled={locked}
            />
          ) : (
            <Skeleton active />
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}
