import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Modal, Popconfirm, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { Brand } from '../../api/types.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { useBrands } from '../products/use-catalog.ts';

interface Values {
  name: string;
  sort?: number;
}

/** 品牌: name and sort order, with how many products use each; a brand in use cannot be deleted. */
export function BrandsCard({ mayEdit }: { mayEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const client = useQueryClient();
  const brands = useBrands();
  const [editing, setEditing] = useState<Brand | 'new'>();
  const [form] = Form.useForm<Values>();
  const brand = editing === 'new' ? undefined : editing;

  useEffect(() => {
    if (!editing) return;
    form.resetFields();
    form.setFieldsValue(brand ? { name: brand.name, sort: brand.sort } : { name: '', sort: 0 });
  }, [editing, brand, form]);

  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = { name: values.name.trim(), sort: values.sort ?? 0 };
      return brand
        ? unwrap(api.PATCH('/api/brands/{id}', { params: { path: { id: brand.id } }, body }))
        : unwrap(api.POST('/api/brands', { body }));
    },
    onSuccess: () => {
      message.success(brand ? t('brands.updated') : t('brands.created'));
      void client.invalidateQueries({ queryKey: ['brands'] });
      void client.invalidateQueries({ queryKey: ['products'] });
      setEditing(undefined);
    },
    onError: (error) => showError(error, form),
  });
  const remove = useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/brands/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      message.success(t('brands.deleted'));
      void client.invalidateQueries({ queryKey: ['brands'] });
    },
    onError: (error) => showError(error),
  });

  return (
    <Card
      title={t('brands.title')}
      extra={
        mayEdit ? (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="brand-create">
            {t('brands.create')}
          </Button>
        ) : null
      }
      data-testid="brands-card"
    >
      <Table<Brand>
        size="small"
        rowKey="id"
        loading={brands.isFetching}
        dataSource={brands.data}
        pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { title: t('brands.name'), dataIndex: 'name' },
          { title: t('brands.sort'), dataIndex: 'sort', width: 100, align: 'right' },
          { title: t('brands.productCount'), dataIndex: 'productCount', width: 90, align: 'right' },
          ...(mayEdit
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 120,
                  render: (_: unknown, row: Brand) => (
                    <Space size={0}>
                      <Button
                        type="link"
                        size="small"
                        onClick={() => setEditing(row)}
                        data-testid={`brand-edit-${row.id}`}
                      >
                        {t('common.edit')}
                      </Button>
                      <Popconfirm
                        title={t('brands.deleteConfirm', { name: row.name })}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => remove.mutateAsync(row.id)}
                      >
                        <Button type="link" size="small" danger data-testid={`brand-delete-${row.id}`}>
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
        data-testid="brands-table"
      />
      <Modal
        title={brand ? t('brands.edit') : t('brands.create')}
        open={editing !== undefined}
        onCancel={() => setEditing(undefined)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        confirmLoading={save.isPending}
        okButtonProps={{ 'data-testid': 'brand-form-submit' }}
        forceRender
        width={420}
      >
        <Form<Values> form={form} layout="vertical" onFinish={(values) => save.mutate(values)} data-testid="brand-form">
          <Form.Item name="name" label={t('brands.name')} rules={[{ required: true, whitespace: true, max: 32 }]}>
            <Input maxLength={32} data-testid="brand-name" />
          </Form.Item>
          <Form.Item name="sort" label={t('brands.sort')} extra={t('categories.sortHint')}>
            <InputNumber min={0} max={100000} precision={0} style={{ width: 160 }} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
