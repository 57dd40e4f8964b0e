import { describe, expect, it } from 'vitest';
import { buildCategoryTree } from './category-tree.ts';

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
