import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';
import { cartKey } from '../cart/use-cart.ts';
import { mergePages, type OrderTabKey, statusesOf } from './order-tabs.ts';
import type { MyOrderList, OrderStatus } from './order-types.ts';

export const myOrdersKey = ['portal', 'orders'] as const;
const pageSize = 10;

function fetchPage(status: OrderStatus | undefined, page: number): Promise<MyOrderList> {
  return unwrap(api.GET('/api/orders', { params: { query: { page, pageSize, ...(status ? { status } : {}) } } }));
}

/** A tab of 我的订单 a page at a time; a tab of several statuses asks for each and merges them. */
export function useMyOrders(tab: OrderTabKey) {
  return useInfiniteQuery({
    queryKey: [...myOrdersKey, 'list', tab],
    queryFn: async ({ pageParam }) => {
      const statuses = statusesOf(tab);
      if (statuses.length <= 1) return fetchPage(statuses[0], pageParam);
      return mergePages(await Promise.all(statuses.map((status) => fetchPage(status, pageParam))));
    },
    initialPageParam: 1,
    getNextPageParam: (last, pages) =>
      pages.reduce((count, page) => count + page.items.length, 0) < last.total && last.items.length > 0
        ? pages.length + 1
        : undefined,
  });
}

export function useOrderCounts() {
  return useQuery({
    queryKey: [...myOrdersKey, 'counts'],
    queryFn: async () => (await unwrap(api.GET('/api/orders/status-counts'))).counts,
  });
}

export function useMyOrder(id: number) {
  return useQuery({
    queryKey: [...myOrdersKey, 'detail', id],
    queryFn: () => unwrap(api.GET('/api/orders/{id}', { params: { path: { id } } })),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Which review steps the supplier runs, for the stage bar. */
export function useOrderSettings() {
  return useQuery({
    queryKey: ['settings', 'orders'],
    queryFn: () => unwrap(api.GET('/api/settings/orders')),
    staleTime: 5 * 60_000,
  });
}

/** 确认收货 and 取消订单: the order comes back changed; lists and counts are asked again. */
export function useOrderCommand() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (command: { id: number; action: 'complete' } | { id: number; action: 'cancel'; reason: string }) =>
      command.action === 'complete'
        ? unwrap(api.POST('/api/orders/{id}/complete', { params: { path: { id: command.id } }, body: {} }))
        : unwrap(
            api.POST('/api/orders/{id}/cancel', {
              params: { path: { id: command.id } },
              body: { reason: command.reason },
            }),
          ),
    onSuccess: (order) => {
      client.setQueryData([...myOrdersKey, 'detail', order.id], order);
      void client.invalidateQueries({ queryKey: myOrdersKey });
    },
  });
}

/** 再来一单: the order's lines go into the cart; `skipped` names those that could not. */
export function useReorder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/orders/{id}/reorder', { params: { path: { id } } })),
    onSuccess: ({ skipped: _skipped, ...cart }) => client.setQueryData(cartKey, cart),
  });
}

export type OrderEditBody = NonNullable<
  paths['/api/orders/{id}']['patch']['requestBody']
>['content']['application/json'];

/** 修改订单 (the buyer while it waits for review): the order comes back re-priced. */
export function useEditOrder(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: OrderEditBody) => unwrap(api.PATCH('/api/orders/{id}', { params: { path: { id } }, body })),
    onSuccess: (order) => {
      client.setQueryData([...myOrdersKey, 'detail', order.id], order);
      void client.invalidateQueries({ queryKey: myOrdersKey });
    },
  });
}
