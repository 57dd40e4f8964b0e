import { RightOutlined } from '@ant-design/icons';
import { Card, Empty, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ItemList, ItemRow } from '../../components/item-list.tsx';
import type { CategoryNode } from './category-tree.ts';
import { categoryColor } from './category-tree.ts';
import { useCategoryTree } from './use-categories.ts';

function Descendants({ nodes, depth }: { nodes: CategoryNode[]; depth: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return nodes.flatMap((node) => [
    <ItemRow
      key={node.id}
      indent={depth}
      testId={`category-${node.id}`}
      title={node.name}
      onClick={() => navigate(`/portal/products?categoryId=${node.id}`)}
      extra={
        <>
          {t('portal.productCount', { count: node.productCount })} <RightOutlined />
        </>
      }
    />,
    ...(node.children.length > 0
      ? [<Descendants key={`${node.id}-children`} nodes={node.children} depth={depth + 1} />]
      : []),
  ]);
}

/** 分类: every top-level category as a card listing its sub-categories with product counts. */
export function PortalCategories() {
  const { t } = useTranslation();
  const categories = useCategoryTree();
  return (
    <div data-testid="portal-categories">
      <div className="portal-section-title" style={{ marginTop: 4 }}>
        <span>{t('portal.allCategories')}</span>
      </div>
      {categories.isPending ? (
        <Skeleton active />
      ) : !categories.data?.length ? (
        <Card>
          <Empty description={t('portal.noCategories')} />
        </Card>
      ) : (
        <div style={{ display: 'grid', gap: 12 }}>
          {categories.data.map((root) => (
            <Card
              key={root.id}
              id={`category-${root.id}`}
              size="small"
              data-testid={`category-${root.id}`}
              title={
                <Link
                  to={`/portal/products?categoryId=${root.id}`}
                  style={{ display: 'inline-flex', alignItems: 'center', gap: 10, color: 'inherit' }}
                  data-testid={`category-link-${root.id}`}
                >
                  <span
                    className="category-tile-icon"
                    style={{ background: categoryColor(root.id), width: 28, height: 28, fontSize: 14, borderRadius: 8 }}
                  >
                    {root.name.slice(0, 1)}
                  </span>
                  {root.name}
                </Link>
              }
              extra={
                <Typography.Text type="secondary">
                  {t('portal.productCount', { count: root.productCount })}
                </Typography.Text>
              }
              styles={{ body: root.children.length ? { padding: '0 16px' } : { display: 'none' } }}
            >
              {root.children.length > 0 ? (
                <ItemList>
                  <Descendants nodes={root.children} depth={0} />
                </ItemList>
              ) : null}
            </Card>
          ))}
        </div>
      )}
    </div>
  );
}
