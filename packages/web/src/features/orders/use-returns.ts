import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { ReturnAction, ReturnListQuery } from './order-types.ts';
import { orderKey } from './use-orders.ts';

export const returnsKey = ['returns'] as const;

/** Returns in the caller's scope: of one order (its detail) or by status (退货管理). */
export function useReturns(query: ReturnListQuery, enabled = true) {
  return useQuery({
    queryKey: [...returnsKey, 'list', query],
    queryFn: () => unwrap(api.GET('/api/returns', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * Requesting a return and its steps. Each refreshes the returns, the order (its timeline shows the
 * step) and, when goods come back on hand, the stock figures.
 */
export function useReturnActions(orderId: number) {
  const client = useQueryClient();
  const settle = () => {
    void client.invalidateQueries({ queryKey: returnsKey });
    void client.invalidateQueries({ queryKey: orderKey(orderId) });
    void client.invalidateQueries({ queryKey: ['inventory'] });
    void client.invalidateQueries({ queryKey: ['products'] });
  };
  return {
    request: useMutation({
      mutationFn: (body: { lines: { skuId: number; quantity: number }[]; reason: string }) =>
        unwrap(api.POST('/api/orders/{id}/returns', { params: { path: { id: orderId } }, body })),
      onSuccess: settle,
    }),
    step: useMutation({
      mutationFn: ({
        id,
        action,
        body,
      }: {
        id: number;
        action: ReturnAction;
        body: { note?: string; refundAmount?: number; warehouseId?: number };
      }) => unwrap(api.POST('/api/returns/{id}/{action}', { params: { path: { id, action } }, body })),
      onSuccess: settle,
    }),
  };
}
