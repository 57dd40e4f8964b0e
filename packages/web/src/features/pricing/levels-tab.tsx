import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Popconfirm, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { CustomerLevel } from '../../api/types.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { useCustomerLevels } from '../products/use-catalog.ts';
import { formatDiscount } from './price-display.ts';

interface Values {
  name: string;
  discountPercent: number;
  sort?: number;
}

/** 客户等级: name, discount (shown as 折) and sort, with how many customers hold each level. */
export function LevelsTab({ mayEdit }: { mayEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const client = useQueryClient();
  const levels = useCustomerLevels();
  const [editing, setEditing] = useState<CustomerLevel | 'new'>();
  const [form] = Form.useForm<Values>();
  const level = editing === 'new' ? undefined : editing;
  const percent = Form.useWatch('discountPercent', form);

  useEffect(() => {
    if (!editing) return;
    form.resetFields();
    form.setFieldsValue(
      level
        ? { name: level.name, discountPercent: level.discountPercent, sort: level.sort }
        : { discountPercent: 100, sort: 0 },
    );
  }, [editing, level, form]);

  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['customer-levels'] });
  };
  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = { name: values.name.trim(), discountPercent: values.discountPercent, sort: values.sort ?? 0 };
      return level
        ? unwrap(api.PATCH('/api/customer-levels/{id}', { params: { path: { id: level.id } }, body }))
        : unwrap(api.POST('/api/customer-levels', { body }));
    },
    onSuccess: () => {
      message.success(t('pricing.levelSaved'));
      refresh();
      setEditing(undefined);
    },
    onError: (error) => showError(error, form),
  });
  const remove = useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/customer-levels/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      message.success(t('pricing.levelDeleted'));
      refresh();
    },
    onError: (error) => showError(error),
  });

  return (
    <div data-testid="levels-tab">
      {mayEdit ? (
        <div className="table-toolbar" style={{ justifyContent: 'flex-end' }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="level-create">
            {t('pricing.createLevel')}
          </Button>
        </div>
      ) : null}
      <Table<CustomerLevel>
        rowKey="id"
        loading={levels.isFetching}
        dataSource={levels.data}
        pagination={false}
        columns={[
          { title: t('pricing.levelName'), dataIndex: 'name' },
          {
            title: t('pricing.discountLabel'),
            dataIndex: 'discountPercent',
            render: (value: number) => (
              <Tag color={value < 100 ? 'orange' : 'default'} data-testid="level-discount">
                {formatDiscount(value, t)}
              </Tag>
            ),
          },
          { title: t('pricing.customerCount'), dataIndex: 'customerCount', align: 'right', width: 120 },
          { title: t('pricing.sort'), dataIndex: 'sort', align: 'right', width: 100 },
          ...(mayEdit
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 140,
                  render: (_: unknown, row: CustomerLevel) => (
                    <Space size={0}>
                      <Button
                        type="link"
                        size="small"
                        onClick={() => setEditing(row)}
                        data-testid={`level-edit-${row.id}`}
                      >
                        {t('common.edit')}
                      </Button>
                      <Popconfirm
                        title={t('pricing.levelDeleteConfirm', { name: row.name })}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => remove.mutateAsync(row.id)}
                      >
                        <Button type="link" size="small" danger data-testid={`level-delete-${row.id}`}>
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
        data-testid="levels-table"
      />
      <Modal
        title={level ? t('pricing.editLevel') : t('pricing.createLevel')}
        open={editing !== undefined}
        onCancel={() => setEditing(undefined)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        confirmLoading={save.isPending}
        okButtonProps={{ 'data-testid': 'level-form-submit' }}
        forceRender
        width={440}
      >
        <Form<Values> form={form} layout="vertical" onFinish={(values) => save.mutate(values)} data-testid="level-form">
          <Form.Item name="name" label={t('pricing.levelName')} rules={[{ required: true, whitespace: true, max: 32 }]}>
            <Input maxLength={32} data-testid="level-name" />
          </Form.Item>
          <Form.Item label={t('pricing.discountPercent')} extra={t('pricing.discountHint')} required>
            <Space>
              <Form.Item name="discountPercent" noStyle rules={[{ required: true }]}>
                <InputNumber
                  min={1}
                  max={100}
                  precision={0}
                  suffix="%"
                  style={{ width: 160 }}
                  data-testid="level-discount-input"
                />
              </Form.Item>
              {typeof percent === 'number' ? <Tag color="orange">{formatDiscount(percent, t)}</Tag> : null}
            </Space>
          </Form.Item>
          <Form.Item name="sort" label={t('pricing.sort')}>
            <InputNumber min={0} max={10000} precision={0} style={{ width: 160 }} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
