import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Card, Form, Input, Modal, Popconfirm, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { useWarehouses, type Warehouse } from './inventory-api.ts';
import { useStockError } from './use-stock-error.ts';

interface Values {
  code: string;
  name: string;
  address?: string;
}

/** 仓库: create, rename, disable/enable, and choose the default warehouse (总仓). */
export function WarehousesPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { message } = App.useApp();
  const showError = useStockError();
  const client = useQueryClient();
  const warehouses = useWarehouses();
  const [editing, setEditing] = useState<Warehouse | 'new'>();
  const [form] = Form.useForm<Values>();
  const current = editing === 'new' ? undefined : editing;
  useEffect(() => {
    if (!editing) return;
    form.resetFields();
    if (current) form.setFieldsValue({ code: current.code, name: current.name, address: current.address });
  }, [editing, current, form]);
  const refresh = () => void client.invalidateQueries({ queryKey: ['inventory'] });
  const save = useMutation({
    mutationFn: (values: Values) =>
      current
        ? unwrap(
            api.PATCH('/api/warehouses/{id}', {
              params: { path: { id: current.id } },
              body: { name: values.name, address: values.address ?? '' },
            }),
          )
        : unwrap(api.POST('/api/warehouses', { body: values })),
    onSuccess: () => {
      message.success(t('inventory.warehouses.saved'));
      refresh();
      setEditing(undefined);
    },
    onError: (error) => showError(error, form),
  });
  const change = useMutation({
    mutationFn: ({ id, action }: { id: number; action: 'default' | 'disable' | 'enable' }) =>
      action === 'default'
        ? unwrap(api.POST('/api/warehouses/{id}/default', { params: { path: { id } } }))
        : unwrap(
            api.PATCH('/api/warehouses/{id}', {
              params: { path: { id } },
              body: { status: action === 'disable' ? 'disabled' : 'active' },
            }),
          ),
    onSuccess: () => {
      message.success(t('inventory.warehouses.saved'));
      refresh();
    },
    onError: (error) => showError(error),
  });
  if (!can(me, 'inventory:view')) return <Forbidden />;
  const mayEdit = can(me, 'inventory:edit');

  return (
    <div data-testid="inventory-warehouses-page">
      <PageHeader
        title={t('inventory.warehouses.title')}
        extra={
          mayEdit ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing('new')}
              data-testid="warehouse-create"
            >
              {t('inventory.warehouses.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Table<Warehouse>
          rowKey="id"
          loading={warehouses.isFetching}
          dataSource={warehouses.data}
          pagination={false}
          columns={[
            { title: t('inventory.warehouses.code'), dataIndex: 'code', width: 120 },
            {
              title: t('inventory.warehouses.name'),
              dataIndex: 'name',
              render: (name: string, row) => (
                <Space>
                  {name}
                  {row.isDefault ? <Tag color="blue">{t('inventory.warehouses.default')}</Tag> : null}
                </Space>
              ),
            },
            { title: t('inventory.warehouses.address'), dataIndex: 'address', render: (v: string) => v || '-' },
            {
              title: t('common.status'),
              dataIndex: 'status',
              width: 100,
              render: (s: Warehouse['status']) => (
                <Badge status={s === 'active' ? 'success' : 'default'} text={t(`inventory.warehouses.${s}`)} />
              ),
            },
            {
              title: t('inventory.warehouses.createdAt'),
              dataIndex: 'createdAt',
              width: 150,
              render: (v: string) => formatDateTime(v),
            },
            ...(mayEdit
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 220,
                    render: (_: unknown, row: Warehouse) => (
                      <Space size={0}>
                        <Button
                          type="link"
                          size="small"
                          onClick={() => setEditing(row)}
                          data-testid={`warehouse-edit-${row.code}`}
                        >
                          {t('common.edit')}
                        </Button>
                        {!row.isDefault && row.status === 'active' ? (
                          <Popconfirm
                            title={t('inventory.warehouses.defaultConfirm', { name: row.name })}
                            onConfirm={() => change.mutate({ id: row.id, action: 'default' })}
                          >
                            <Button type="link" size="small" data-testid={`warehouse-default-${row.code}`}>
                              {t('inventory.warehouses.makeDefault')}
                            </Button>
                          </Popconfirm>
                        ) : null}
                        {row.isDefault ? null : row.status === 'active' ? (
                          <Popconfirm
                            title={t('inventory.warehouses.disableConfirm', { name: row.name })}
                            okButtonProps={{ danger: true }}
                            onConfirm={() => change.mutate({ id: row.id, action: 'disable' })}
                          >
                            <Button type="link" size="small" danger data-testid={`warehouse-disable-${row.code}`}>
                              {t('inventory.warehouses.disable')}
                            </Button>
                          </Popconfirm>
                        ) : (
                          <Button
                            type="link"
                            size="small"
                            onClick={() => change.mutate({ id: row.id, action: 'enable' })}
                          >
                            {t('inventory.warehouses.enable')}
                          </Button>
                        )}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
          data-testid="warehouses-table"
        />
      </Card>
      <Modal
        title={current ? t('inventory.warehouses.edit') : t('inventory.warehouses.create')}
        open={editing !== undefined}
        onCancel={() => setEditing(undefined)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        confirmLoading={save.isPending}
        okButtonProps={{ 'data-testid': 'warehouse-form-submit' }}
        forceRender
      >
        <Form<Values> form={form} layout="vertical" onFinish={(values) => save.mutate(values)}>
          <Form.Item
            name="code"
            label={t('inventory.warehouses.code')}
            rules={[{ required: true, whitespace: true, max: 32 }]}
          >
            <Input maxLength={32} disabled={!!current} placeholder="WH02" data-testid="warehouse-code" />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('inventory.warehouses.name')}
            rules={[{ required: true, whitespace: true, max: 64 }]}
          >
            <Input maxLength={64} data-testid="warehouse-name" />
          </Form.Item>
          <Form.Item name="address" label={t('inventory.warehouses.address')}>
            <Input maxLength={200} data-testid="warehouse-address" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
