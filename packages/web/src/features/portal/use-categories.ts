import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import { buildCategoryTree } from './category-tree.ts';

export function useCategoryTree() {
  return useQuery({
    queryKey: ['categories'],
    queryFn: async () => buildCategoryTree((await unwrap(api.GET('/api/categories'))).items),
    staleTime: 5 * 60_000,
  });
}
