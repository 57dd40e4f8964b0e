import type { paths } from '../../api/schema';

type Json<P extends keyof paths, M extends 'get' | 'post', S extends number> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

/** The buyer's orders as the API returns them. */
export type MyOrderList = Json<'/api/orders', 'get', 200>;
export type MyOrderSummary = MyOrderList['items'][number];
export type MyOrder = Json<'/api/orders/{id}', 'get', 200>;
export type MyOrderEvent = MyOrder['events'][number];
export type OrderStatus = MyOrderSummary['status'];
export type OrderSettings = Json<'/api/settings/orders', 'get', 200>;
