import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Popconfirm, Skeleton, Tag, Tooltip, Tree } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useApiError } from '../../components/use-api-error.ts';
import type { CategoryNode } from '../portal/category-tree.ts';
import { useCategoryTree } from '../products/use-catalog.ts';
import { BrandsCard } from './brands-card.tsx';
import { type CategoryEdit, CategoryFormModal } from './category-form-modal.tsx';
import { reorderSiblings } from './sibling-order.ts';
import '../products/catalog-console.css';

/** 分类与品牌: the category tree (add, rename, move, delete) beside the brands table. */
export function CategoriesPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { message } = App.useApp();
  const showError = useApiError();
  const client = useQueryClient();
  const tree = useCategoryTree();
  const [editing, setEditing] = useState<CategoryEdit>();
  const refresh = () => client.invalidateQueries({ queryKey: ['categories'] });

  const move = useMutation({
    mutationFn: (changes: { id: number; sort: number }[]) =>
      Promise.all(
        changes.map(({ id, sort }) =>
          unwrap(api.PATCH('/api/categories/{id}', { params: { path: { id } }, body: { sort } })),
        ),
      ),
    onSettled: refresh,
    onError: (error) => showError(error),
  });
  const remove = useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/categories/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      message.success(t('categories.deleted'));
      void refresh();
    },
    onError: (error) => showError(error),
  });

  if (!can(me, 'products:view')) return <Forbidden />;
  const mayEdit = can(me, 'products:edit');

  const node = (category: CategoryNode, siblings: CategoryNode[], index: number): TreeNode => ({
    key: category.id,
    title: (
      <span className="category-node" data-testid={`category-${category.id}`}>
        <span className="category-node-name">{category.name}</span>
        <Tag variant="filled">{t('categories.productCount', { count: category.productCount })}</Tag>
        {mayEdit ? (
          // biome-ignore lint/a11y/noStaticElementInteractions: only stops the row from toggling selection
          // biome-ignore lint/a11y/useKeyWithClickEvents: see above
          <span className="category-node-actions" onClick={(event) => event.stopPropagation()}>
            <Tooltip title={t('categories.addChild')}>
              <Button
                type="text"
                size="small"
                icon={<PlusOutlined />}
                onClick={() => setEditing({ parentId: category.id })}
                data-testid={`category-add-child-${category.id}`}
              />
            </Tooltip>
            <Tooltip title={t('common.edit')}>
              <Button
                type="text"
                size="small"
                icon={<EditOutlined />}
                onClick={() => setEditing({ category })}
                data-testid={`category-edit-${category.id}`}
              />
            </Tooltip>
            <Tooltip title={t('categories.moveUp')}>
              <Button
                type="text"
                size="small"
                icon={<ArrowUpOutlined />}
                disabled={index === 0 || move.isPending}
                onClick={() => move.mutate(reorderSiblings(siblings, index, -1))}
                data-testid={`category-up-${category.id}`}
              />
            </Tooltip>
            <Tooltip title={t('categories.moveDown')}>
              <Button
                type="text"
                size="small"
                icon={<ArrowDownOutlined />}
                disabled={index === siblings.length - 1 || move.isPending}
                onClick={() => move.mutate(reorderSiblings(siblings, index, 1))}
                data-testid={`category-down-${category.id}`}
              />
            </Tooltip>
            <Popconfirm
              title={t('categories.deleteConfirm', { name: category.name })}
              okButtonProps={{ danger: true }}
              onConfirm={() => remove.mutateAsync(category.id)}
            >
              <Button
                type="text"
                size="small"
                danger
                icon={<DeleteOutlined />}
                data-testid={`category-delete-${category.id}`}
              />
            </Popconfirm>
          </span>
        ) : null}
      </span>
    ),
    children: category.children.map((child, i) => node(child, category.children, i)),
  });
  const roots = tree.data ?? [];

  return (
    <div data-testid="categories-page">
      <PageHeader title={t('categories.title')} />
      <div className="catalog-setup">
        <Card
          title={t('categories.tree')}
          extra={
            mayEdit ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing({})}
                data-testid="category-create"
              >
                {t('categories.addRoot')}
              </Button>
            ) : null
          }
        >
          {tree.isPending ? (
            <Skeleton active />
          ) : roots.length === 0 ? (
            <Empty description={t('categories.empty')} />
          ) : (
            <Tree<TreeNode>
              blockNode
              defaultExpandAll
              selectable={false}
              treeData={roots.map((root, i) => node(root, roots, i))}
              data-testid="category-tree"
            />
          )}
        </Card>
        <BrandsCard mayEdit={mayEdit} />
      </div>
      <CategoryFormModal edit={editing} tree={roots} onClose={() => setEditing(undefined)} />
    </div>
  );
}

interface TreeNode {
  key: number;
  title: React.ReactNode;
  children: TreeNode[];
}
