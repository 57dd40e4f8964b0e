import type { paths } from '../../api/schema';

type Json<P extends keyof paths, M extends 'get' | 'post' | 'patch', S extends number> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

/** Order shapes of the API, shared by the console's order pages and the portal's. */
export type OrderSummary = Json<'/api/orders', 'get', 200>['items'][number];
export type OrderView = Json<'/api/orders/{id}', 'get', 200>;
export type OrderLine = OrderView['lines'][number];
export type OrderShipment = OrderView['shipments'][number];
export type OrderEvent = OrderView['events'][number];
export type OrderAction = OrderView['allowedActions'][number];
export type OrderStatus = OrderSummary['status'];
export type PaymentStatus = OrderSummary['paymentStatus'];
export type OrderSettings = Json<'/api/settings/orders', 'get', 200>;
export type OrderListQuery = NonNullable<paths['/api/orders']['get']['parameters']['query']>;
export type PlaceOrderBody = NonNullable<paths['/api/orders']['post']['requestBody']>['content']['application/json'];
export type ReturnView = Json<'/api/returns/{id}', 'get', 200>;
export type ReturnStatus = ReturnView['status'];
export type ReturnAction = ReturnView['allowedActions'][number];
export type ReturnListQuery = NonNullable<paths['/api/returns']['get']['parameters']['query']>;
