import { Card, Empty, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ItemList, ItemRow } from '../../components/item-list.tsx';
import type { CategoryNode } from './category-tree.ts';
import { categoryColor } from './category-tree.ts';
import { useCategoryTree } from './use-categories.ts';

function Descendants({ nodes, depth }: { nodes: CategoryNode[]; depth: number }) {
  const { t } = useTranslation();
  return nodes.flatMap((node) => [
    <ItemRow
      key={node.id}
      indent={depth}
      testId={`category-${node.id}`}
      title={node.name}
      extra={t('portal.productCount', { count: node.productCount })}
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
  const { hash } = useLocation();
  // A tile on the home page links here with #category-<id>: bring that card into view once loaded.
  useEffect(() => {
    if (hash && categories.data) document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'start' });
  }, [hash, categories.data]);
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
                <span style={{ display: 'inline-flex', alignItems: 'center', gap: 10 }}>
                  <span
                    className="category-tile-icon"
                    style={{ background: categoryColor(root.id), width: 28, height: 28, fontSize: 14, borderRadius: 8 }}
                  >
                    {root.name.slice(0, 1)}
                  </span>
                  {root.name}
                </span>
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
