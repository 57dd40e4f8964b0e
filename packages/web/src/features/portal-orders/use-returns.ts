import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import { myOrdersKey } from './use-my-orders.ts';

export const returnsKey = ['portal', 'returns'] as const;
const pageSize = 20;

/** The returns of one order (a handful at most), newest first. */
export function useOrderReturns(orderId: number) {
  return useQuery({
    queryKey: [...returnsKey, 'order', orderId],
    queryFn: async () =>
      (await unwrap(api.GET('/api/returns', { params: { query: { orderId, pageSize: 100 } } }))).items,
  });
}

/** 我的退货: every return of the company, a page at a time, newest first. */
export function useMyReturns() {
  return useInfiniteQuery({
    queryKey: [...returnsKey, 'list'],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/returns', { params: { query: { page: pageParam, pageSize } } })),
    initialPageParam: 1,
    getNextPageParam: (last, pages) =>
      pages.reduce((count, page) => count + page.items.length, 0) < last.total && last.items.length > 0
        ? pages.length + 1
        : undefined,
  });
}

/** After a return changes: its lists, and the order (its timeline gained an event). */
function useReturnChanged() {
  const client = useQueryClient();
  return (orderId: number) => {
    void client.invalidateQueries({ queryKey: returnsKey });
    void client.invalidateQueries({ queryKey: [...myOrdersKey, 'detail', orderId] });
  };
}

export function useRequestReturn(orderId: number) {
  const changed = useReturnChanged();
  return useMutation({
    mutationFn: (body: { lines: { skuId: number; quantity: number }[]; reason: string }) =>
      unwrap(api.POST('/api/orders/{id}/returns', { params: { path: { id: orderId } }, body })),
    onSuccess: () => changed(orderId),
  });
}

/** 撤销申请, while the return is still requested. */
export function useCancelReturn() {
  const changed = useReturnChanged();
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(api.POST('/api/returns/{id}/{action}', { params: { path: { id, action: 'cancel' } }, body: {} })),
    onSuccess: (done) => changed(done.orderId),
  });
}
