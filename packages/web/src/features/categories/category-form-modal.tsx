import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, TreeSelect } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { Category } from '../../api/types.ts';
import { useApiError } from '../../components/use-api-error.ts';
import type { CategoryNode } from '../portal/category-tree.ts';
import { categoryTreeData } from '../products/use-catalog.ts';

/** What the modal edits: an existing category, or a new one (under `parentId`, or at the top). */
export interface CategoryEdit {
  category?: Category;
  parentId?: number;
}

interface Values {
  name: string;
  parentId?: number | null;
  sort?: number;
}

export function CategoryFormModal({
  edit,
  tree,
  onClose,
}: {
  edit?: CategoryEdit;
  tree: CategoryNode[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const category = edit?.category;

  useEffect(() => {
    if (!edit) return;
    form.resetFields();
    form.setFieldsValue(
      category
        ? { name: category.name, parentId: category.parentId ?? undefined, sort: category.sort }
        : { name: '', parentId: edit.parentId, sort: 0 },
    );
  }, [edit, category, form]);

  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = { name: values.name.trim(), parentId: values.parentId ?? null, sort: values.sort ?? 0 };
      return category
        ? unwrap(api.PATCH('/api/categories/{id}', { params: { path: { id: category.id } }, body }))
        : unwrap(api.POST('/api/categories', { body }));
    },
    onSuccess: () => {
      message.success(category ? t('categories.updated') : t('categories.created'));
      void client.invalidateQueries({ queryKey: ['categories'] });
      onClose();
    },
    onError: (error) => showError(error, form),
  });

  return (
    <Modal
      title={category ? t('categories.edit') : t('categories.create')}
      open={edit !== undefined}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'category-form-submit' }}
      forceRender
      width={480}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => save.mutate(values)}
        data-testid="category-form"
      >
        <Form.Item name="name" label={t('categories.name')} rules={[{ required: true, whitespace: true, max: 32 }]}>
          <Input maxLength={32} autoFocus data-testid="category-name" />
        </Form.Item>
        <Form.Item name="parentId" label={t('categories.parent')}>
          <TreeSelect
            allowClear
            placeholder={t('categories.root')}
            treeDefaultExpandAll
            treeData={categoryTreeData(tree, category?.id)}
            data-testid="category-parent"
          />
        </Form.Item>
        <Form.Item name="sort" label={t('categories.sort')} extra={t('categories.sortHint')}>
          <InputNumber min={0} max={100000} precision={0} style={{ width: 160 }} data-testid="category-sort" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
