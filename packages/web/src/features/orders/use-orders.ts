import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { EditOrderBody } from './order-edit.ts';
import type { OrderView } from './order-types.ts';

/** Every order query starts with this key, so one invalidation refreshes lists, counts and details. */
export const ordersKey = ['orders'] as const;
export const orderKey = (id: number) => [...ordersKey, 'detail', id] as const;

export function useOrder(id: number, enabled = true) {
  return useQuery({
    queryKey: orderKey(id),
    queryFn: () => unwrap(api.GET('/api/orders/{id}', { params: { path: { id } } })),
    enabled: enabled && Number.isInteger(id) && id > 0,
  });
}

export interface ShipInput {
  lines: { skuId: number; quantity: number }[];
  carrier?: string;
  trackingNumber?: string;
}

/**
 * The lifecycle steps of one order. Each answers with the order as it now is: that answer replaces
 * the cached detail, and lists, counts and stock figures are refetched.
 */
export function useOrderActions(id: number) {
  const client = useQueryClient();
  const settle = (view: OrderView) => {
    client.setQueryData(orderKey(id), view);
    void client.invalidateQueries({ queryKey: ordersKey, predicate: (q) => q.queryKey[1] !== 'detail' });
    void client.invalidateQueries({ queryKey: ['inventory'] });
    void client.invalidateQueries({ queryKey: ['products'] });
  };
  const path = { params: { path: { id } } };
  return {
    approve: useMutation({
      mutationFn: (note?: string) => unwrap(api.POST('/api/orders/{id}/approve', { ...path, body: { note } })),
      onSuccess: settle,
    }),
    ship: useMutation({
      mutationFn: (body: ShipInput) => unwrap(api.POST('/api/orders/{id}/shipments', { ...path, body })),
      onSuccess: settle,
    }),
    complete: useMutation({
      mutationFn: () => unwrap(api.POST('/api/orders/{id}/complete', { ...path, body: {} })),
      onSuccess: settle,
    }),
    edit: useMutation({
      mutationFn: (body: EditOrderBody) => unwrap(api.PATCH('/api/orders/{id}', { ...path, body })),
      onSuccess: settle,
    }),
    cancel: useMutation({
      mutationFn: (reason: string) => unwrap(api.POST('/api/orders/{id}/cancel', { ...path, body: { reason } })),
      onSuccess: settle,
    }),
  };
}
