import { useTranslation } from 'react-i18next';
import { type CategoryNode, categoryPath } from './category-tree.ts';

interface Props {
  tree: CategoryNode[];
  selected?: number;
  onSelect: (categoryId: number | undefined) => void;
}

/**
 * Category filter of the product list. On a phone: a row of top-level chips and, once one is
 * chosen, a row of its sub-categories; on a desktop: a rail with the whole tree (CSS picks one).
 */
export function CategoryNav({ tree, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const path = categoryPath(tree, selected);
  const root = path[0];
  const chip = (id: number | undefined, label: string, active: boolean) => (
    <button
      key={id ?? 'all'}
      type="button"
      className={active ? 'chip active' : 'chip'}
      onClick={() => onSelect(id)}
      data-testid={`category-chip-${id ?? 'all'}`}
    >
      {label}
    </button>
  );
  const railItems = (nodes: CategoryNode[], depth: number): React.ReactNode[] =>
    nodes.flatMap((node) => [
      <button
        key={node.id}
        type="button"
        className={node.id === selected ? 'rail-item active' : 'rail-item'}
        style={{ paddingInlineStart: 16 + depth * 14 }}
        onClick={() => onSelect(node.id)}
        data-testid={`category-rail-${node.id}`}
      >
        <span>{node.name}</span>
        <span className="rail-count">{node.productCount}</span>
      </button>,
      ...(depth === 0 && (node.id === root?.id || path.length === 0) ? railItems(node.children, depth + 1) : []),
    ]);

  return (
    <>
      <nav className="category-chips" aria-label={t('portal.categories')}>
        <div className="chip-row" data-testid="category-chips">
          {chip(undefined, t('common.all'), !root)}
          {tree.map((node) => chip(node.id, node.name, node.id === root?.id))}
        </div>
        {root && root.children.length > 0 ? (
          <div className="chip-row sub" data-testid="subcategory-chips">
            {chip(root.id, t('common.all'), path.length === 1)}
            {root.children.map((node) =>
              chip(
                node.id,
                node.name,
                path.some((step) => step.id === node.id),
              ),
            )}
          </div>
        ) : null}
      </nav>
      <nav className="category-rail" aria-label={t('portal.categories')} data-testid="category-rail">
        <button
          type="button"
          className={selected === undefined ? 'rail-item active' : 'rail-item'}
          onClick={() => onSelect(undefined)}
          data-testid="category-rail-all"
        >
          {t('portal.allProducts')}
        </button>
        {railItems(tree, 0)}
      </nav>
    </>
  );
}
