import { useQuery } from '@tanstack/react-query';
import type { TreeSelectProps } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import type { CategoryNode } from '../portal/category-tree.ts';

export { useCategoryTree } from '../portal/use-categories.ts';

/** Brands by sort then name; shared by the product list, the editor and the brands table. */
export function useBrands() {
  return useQuery({
    queryKey: ['brands'],
    queryFn: async () => (await unwrap(api.GET('/api/brands'))).items,
    staleTime: 60_000,
  });
}

/** Customer levels (same cache as the customer form). */
export function useCustomerLevels() {
  return useQuery({
    queryKey: ['customer-levels'],
    queryFn: async () => (await unwrap(api.GET('/api/customer-levels'))).items,
    staleTime: 60_000,
  });
}

/** The category tree as TreeSelect data; `disabledId` (and its subtree) cannot be picked, e.g. a node's own parent. */
export function categoryTreeData(nodes: readonly CategoryNode[], disabledId?: number): TreeSelectProps['treeData'] {
  const convert = (list: readonly CategoryNode[], disabled: boolean): NonNullable<TreeSelectProps['treeData']> =>
    list.map((node) => {
      const off = disabled || node.id === disabledId;
      return { value: node.id, title: node.name, disabled: off, children: convert(node.children, off) };
    });
  return convert(nodes, false);
}
