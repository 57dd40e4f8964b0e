import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

export interface ProductFilters {
  q?: string;
  categoryId?: number;
  tag?: string;
}

const pageSize = 20;

/** The catalog a page at a time (with this customer's prices), for infinite scrolling. */
export function useProductPages(filters: ProductFilters) {
  return useInfiniteQuery({
    queryKey: ['portal', 'products', filters],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/products', { params: { query: { ...filters, page: pageParam, pageSize } } })),
    initialPageParam: 1,
    getNextPageParam: (last, pages) =>
      pages.reduce((count, page) => count + page.items.length, 0) < last.total && last.items.length > 0
        ? pages.length + 1
        : undefined,
    placeholderData: keepPreviousData,
  });
}

export function useProduct(id: number) {
  return useQuery({
    queryKey: ['portal', 'product', id],
    queryFn: () => unwrap(api.GET('/api/products/{id}', { params: { path: { id } } })),
    enabled: Number.isInteger(id) && id > 0,
  });
}
