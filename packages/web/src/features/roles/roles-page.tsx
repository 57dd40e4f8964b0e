import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Space, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { Role } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useApiError } from '../../components/use-api-error.ts';
import { RoleFormModal } from './role-form-modal.tsx';
import { rolesQueryKey, useRoles } from './use-roles.ts';

/** 角色: built-in and custom roles, their permissions and data scope. */
export function RolesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const client = useQueryClient();
  const showError = useApiError();
  const roles = useRoles();
  const [editing, setEditing] = useState<Role | 'new' | undefined>();
  const remove = useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/roles/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      message.success(t('roles.deleted'));
      void client.invalidateQueries({ queryKey: rolesQueryKey });
    },
    onError: (error) => showError(error),
  });
  if (!can(me, 'roles:view')) return <Forbidden />;
  const mayEdit = can(me, 'roles:edit');

  const columns: TableColumnsType<Role> = [
    {
      title: t('roles.name'),
      dataIndex: 'name',
      render: (name: string, role) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{name}</Typography.Text>
          {role.description ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {role.description}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('roles.code'),
      dataIndex: 'code',
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      title: t('roles.kind'),
      dataIndex: 'kind',
      render: (kind: Role['kind']) => (
        <Tag color={kind === 'staff' ? 'geekblue' : 'orange'}>{t(`roles.kinds.${kind}`)}</Tag>
      ),
    },
    {
      title: t('roles.type'),
      dataIndex: 'builtin',
      render: (builtin: boolean) =>
        builtin ? <Tag color="blue">{t('roles.builtin')}</Tag> : <Tag>{t('roles.custom')}</Tag>,
    },
    {
      title: t('roles.dataScope'),
      dataIndex: 'dataScope',
      render: (scope: Role['dataScope']) => t(`roles.scopes.${scope}`),
    },
    {
      title: t('roles.permissions'),
      dataIndex: 'permissions',
      render: (permissions: string[]) => t('roles.permissionCount', { count: permissions.length }),
    },
    { title: t('roles.userCount'), dataIndex: 'userCount', align: 'right' },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_: unknown, role) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(role)} data-testid={`role-edit-${role.code}`}>
            {mayEdit && role.code !== 'admin' ? t('common.edit') : t('common.view')}
          </Button>
          {mayEdit && !role.builtin ? (
            role.userCount > 0 ? (
              <Tooltip title={t('roles.deleteInUse')}>
                <Button type="link" size="small" danger disabled>
                  {t('common.delete')}
                </Button>
              </Tooltip>
            ) : (
              <Popconfirm
                title={t('roles.deleteConfirm', { name: role.name })}
                okText={t('common.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => remove.mutateAsync(role.id).catch(() => undefined)}
              >
                <Button type="link" size="small" danger data-testid={`role-delete-${role.code}`}>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            )
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="roles-page">
      <PageHeader
        title={t('roles.title')}
        extra={
          mayEdit ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="role-create">
              {t('roles.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Table<Role>
          rowKey="id"
          columns={columns}
          dataSource={roles.data}
          loading={roles.isFetching}
          pagination={false}
        />
      </Card>
      <RoleFormModal
        open={editing !== undefined}
        role={editing === 'new' ? undefined : editing}
        readOnly={!mayEdit}
        onClose={() => setEditing(undefined)}
      />
    </div>
  );
}
