import type { Category } from '../../api/types.ts';

export interface CategoryNode extends Category {
  children: CategoryNode[];
}

/** Builds the tree from the flat list (parentId links), siblings ordered by sort then name. */
export function buildCategoryTree(items: readonly Category[]): CategoryNode[] {
  const nodes = new Map<number, CategoryNode>(items.map((item) => [item.id, { ...item, children: [] }]));
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const order = (list: CategoryNode[]) => {
    list.sort((a, b) => a.sort - b.sort || a.name.localeCompare(b.name, 'zh-CN'));
    for (const node of list) order(node.children);
  };
  order(roots);
  return roots;
}

const tileColors = ['#1f5fd1', '#13a8a8', '#fa8c16', '#722ed1', '#52c41a', '#eb2f96', '#2f54eb', '#d4380d'];

/** A stable colour per category for its tile. */
export const categoryColor = (id: number): string => tileColors[id % tileColors.length];

/** The nodes from a root down to the category with this id; empty when it is not in the tree. */
export function categoryPath(tree: readonly CategoryNode[], id: number | undefined): CategoryNode[] {
  if (id === undefined) return [];
  for (const node of tree) {
    if (node.id === id) return [node];
    const below = categoryPath(node.children, id);
    if (below.length > 0) return [node, ...below];
  }
  return [];
}
