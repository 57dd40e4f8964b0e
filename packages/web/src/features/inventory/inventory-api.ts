import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';

type Ok<
  P extends keyof paths,
  M extends 'get' | 'post' | 'put' | 'patch',
  S extends number = 200,
> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

export type Warehouse = Ok<'/api/warehouses', 'get'>['items'][number];
export type StockLevel = Ok<'/api/inventory/levels', 'get'>['items'][number];
export type Movement = Ok<'/api/inventory/movements', 'get'>['items'][number];
export type MovementKind = Movement['kind'];
export type Batch = Ok<'/api/inventory/batches', 'get'>['items'][number];
export type StocktakeSummary = Ok<'/api/inventory/stocktakes', 'get'>['items'][number];
export type Stocktake = Ok<'/api/inventory/stocktakes/{id}', 'get'>;
export type StocktakeStatus = Stocktake['status'];
export type SkuSettings = Ok<'/api/inventory/skus/{id}', 'get'>;

/** Every warehouse (the default first); the forms and filters pick from them. */
export function useWarehouses(enabled = true) {
  return useQuery({
    queryKey: ['inventory', 'warehouses'],
    queryFn: () => unwrap(api.GET('/api/warehouses', { params: { query: { pageSize: 100 } } })),
    enabled,
    staleTime: 60_000,
    select: (data) => data.items,
  });
}

/** A SKU's inventory settings (batch keeping, backorder); off while no SKU is picked. */
export function useSkuSettings(skuId: number | undefined) {
  return useQuery({
    queryKey: ['inventory', 'sku-settings', skuId],
    queryFn: () => unwrap(api.GET('/api/inventory/skus/{id}', { params: { path: { id: skuId! } } })),
    enabled: skuId !== undefined,
    staleTime: 30_000,
  });
}

/** Query keys to refresh after a stock change. */
export const stockQueryKeys = [
  ['inventory', 'levels'],
  ['inventory', 'movements'],
  ['inventory', 'batches'],
  ['inventory', 'low-stock'],
  ['products'],
] as const;
