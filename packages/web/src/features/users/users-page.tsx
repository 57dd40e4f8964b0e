import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Input, Select, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { UserRow } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { useRoles } from '../roles/use-roles.ts';
import { ResetPasswordModal } from './reset-password-modal.tsx';
import { UserFormModal } from './user-form-modal.tsx';

interface Filters {
  q?: string;
  kind?: UserRow['kind'];
  status?: UserRow['status'];
  roleId?: number;
  page: number;
  pageSize: number;
}

/** 用户: staff and customer accounts, with create / edit / reset password for those allowed. */
export function UsersPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [filters, setFilters] = useState<Filters>({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<UserRow | 'new' | undefined>();
  const [resetting, setResetting] = useState<UserRow | undefined>();
  const roles = useRoles();
  const users = useQuery({
    queryKey: ['users', filters],
    queryFn: () => unwrap(api.GET('/api/users', { params: { query: filters } })),
    placeholderData: keepPreviousData,
    enabled: can(me, 'users:view'),
  });
  if (!can(me, 'users:view')) return <Forbidden />;
  const mayEdit = can(me, 'users:edit');
  const filter = (patch: Partial<Filters>) => setFilters((current) => ({ ...current, ...patch, page: 1 }));

  const columns: TableColumnsType<UserRow> = [
    {
      title: t('users.username'),
      dataIndex: 'username',
      render: (username: string) => <Typography.Text strong>{username}</Typography.Text>,
    },
    { title: t('users.name'), dataIndex: 'name' },
    {
      title: t('users.kind'),
      dataIndex: 'kind',
      render: (kind: UserRow['kind']) => (
        <Tag color={kind === 'staff' ? 'geekblue' : 'orange'}>{t(`users.kinds.${kind}`)}</Tag>
      ),
    },
    { title: t('users.company'), dataIndex: 'customerName', render: (name: string | null) => name ?? '-' },
    {
      title: t('users.roles'),
      dataIndex: 'roles',
      render: (list: UserRow['roles']) => (
        <Space size={[4, 4]} wrap>
          {list.map((role) => (
            <Tag key={role.id}>{role.name}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('users.status'),
      dataIndex: 'status',
      render: (status: UserRow['status']) => (
        <Tag color={status === 'active' ? 'green' : 'default'}>{t(`users.statuses.${status}`)}</Tag>
      ),
    },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      render: (at: string | null) =>
        at ? formatDateTime(at) : <Typography.Text type="secondary">{t('users.neverSignedIn')}</Typography.Text>,
    },
    ...(mayEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 160,
            render: (_: unknown, user: UserRow) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(user)} data-testid={`user-edit-${user.id}`}>
                  {t('common.edit')}
                </Button>
                <Button type="link" size="small" onClick={() => setResetting(user)}>
                  {t('users.resetPassword')}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <div data-testid="users-page">
      <PageHeader
        title={t('users.title')}
        extra={
          can(me, 'users:create') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="user-create">
              {t('users.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <div className="table-toolbar">
          <Input.Search
            allowClear
            placeholder={t('users.searchPlaceholder')}
            style={{ width: 260 }}
            onSearch={(q) => filter({ q: q.trim() || undefined })}
            data-testid="users-search"
          />
          <Select
            allowClear
            placeholder={t('users.filterKind')}
            style={{ width: 140 }}
            value={filters.kind}
            onChange={(kind) => filter({ kind })}
            options={(['staff', 'customer'] as const).map((kind) => ({ value: kind, label: t(`users.kinds.${kind}`) }))}
          />
          <Select
            allowClear
            placeholder={t('users.filterStatus')}
            style={{ width: 120 }}
            value={filters.status}
            onChange={(status) => filter({ status })}
            options={(['active', 'disabled'] as const).map((status) => ({
              value: status,
              label: t(`users.statuses.${status}`),
            }))}
          />
          {roles.data ? (
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('users.filterRole')}
              style={{ width: 160 }}
              value={filters.roleId}
              onChange={(roleId) => filter({ roleId })}
              options={roles.data.map((role) => ({ value: role.id, label: role.name }))}
            />
          ) : null}
        </div>
        <Table<UserRow>
          rowKey="id"
          columns={columns}
          dataSource={users.data?.items}
          loading={users.isFetching}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: users.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (count) => t('common.total', { count }),
            onChange: (page, pageSize) => setFilters((current) => ({ ...current, page, pageSize })),
          }}
        />
      </Card>
      <UserFormModal
        open={editing !== undefined}
        user={editing === 'new' ? undefined : editing}
        roles={roles.data ?? []}
        onClose={() => setEditing(undefined)}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(undefined)} />
    </div>
  );
}
