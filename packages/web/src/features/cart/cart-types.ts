import type { paths } from '../../api/schema';

type Json<P extends keyof paths, M extends 'get' | 'post' | 'patch', S extends number> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

/** The cart as the API returns it: every item with today's own price, availability and problems. */
export type Cart = Json<'/api/cart', 'get', 200>;
export type CartItem = Cart['items'][number];
export type CartProblem = CartItem['problems'][number];
export type CartItemInput = NonNullable<
  paths['/api/cart/items']['post']['requestBody']
>['content']['application/json']['items'][number];
export type CheckoutBody = NonNullable<
  paths['/api/cart/checkout']['post']['requestBody']
>['content']['application/json'];
export type PlacedOrder = Json<'/api/cart/checkout', 'post', 201>;
export type ReorderResult = Json<'/api/orders/{id}/reorder', 'post', 200>;
export type QuickParseResult = Json<'/api/orders/quick-parse', 'post', 200>;
export type QuickParsedItem = QuickParseResult['items'][number];
export type QuickCandidate = QuickParsedItem['candidates'][number];
export type FrequentItem = Json<'/api/orders/frequent-items', 'get', 200>['items'][number];
