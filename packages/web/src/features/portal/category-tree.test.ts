import { describe, expect, it } from 'vitest';
import { buildCategoryTree, categoryPath } from './category-tree.ts';

const cat = (id: number, parentId: number | null, name: string, sort = 0) => ({
  id,
  parentId,
  name,
  sort,
  productCount: 0,
});

describe('buildCategoryTree', () => {
  it('nests children under parents and orders by sort', () => {
    const tree = buildCategoryTree([
      cat(3, 1, '饮料', 2),
      cat(1, null, '食品', 1),
      cat(2, 1, '零食', 1),
      cat(4, null, '日化', 0),
    ]);
    expect(tree.map((node) => node.name)).toEqual(['日化', '食品']);
    expect(tree[1].children.map((node) => node.name)).toEqual(['零食', '饮料']);
  });

  it('treats a child whose parent is missing as a root', () => {
    expect(buildCategoryTree([cat(5, 99, '孤儿')]).map((node) => node.id)).toEqual([5]);
  });
});

describe('categoryPath', () => {
  const tree = buildCategoryTree([
    cat(1, null, '食品'),
    cat(2, 1, '饮料'),
    cat(3, 2, '碳酸饮料'),
    cat(4, null, '日化'),
  ]);
  it('walks from the root to the category', () => {
    expect(categoryPath(tree, 3).map((node) => node.id)).toEqual([1, 2, 3]);
    expect(categoryPath(tree, 4).map((node) => node.id)).toEqual([4]);
  });
  it('is empty for no or an unknown category', () => {
    expect(categoryPath(tree, undefined)).toEqual([]);
    expect(categoryPath(tree, 99)).toEqual([]);
  });
});
