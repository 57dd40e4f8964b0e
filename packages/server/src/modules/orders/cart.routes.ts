import type { App } from '../../lib/app-types.ts';
import { idempotent } from '../../lib/idempotency.ts';
import { IdParams } from '../../lib/schema-types.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import {
  AddToCartBody,
  CartView,
  CheckoutBody,
  RemoveFromCartBody,
  ReorderResult,
  UpdateCartItemBody,
} from './cart.schemas.ts';
import { addToCart, checkoutCart, getCart, removeFromCart, reorderToCart, updateCartItem } from './cart.service.ts';
import { IdempotencyHeaders, OrderView } from './orders.schemas.ts';

/** The customer user's cart, checkout and 再来一单. */
export async function cartRoutes(app: App) {
  const db = app.deps.database.db;
  const tags = ['orders'];

  app.get(
    '/api/cart',
    {
      config: { access: 'orders:create' },
      schema: {
        tags,
        summary: 'My cart with today’s own prices, availability and problems per item',
        response: { 200: CartView },
      },
    },
    async (request) => getCart(db, currentUser(request)),
  );

  app.post(
    '/api/cart/items',
    {
      config: { access: 'orders:create' },
      schema: {
        tags,
        summary: 'Add items (one or many, e.g. from quick order)',
        body: AddToCartBody,
        response: { 200: CartView },
      },
    },
    async (request) => addToCart(db, currentUser(request), request.body.items, request.body.mode),
  );

  app.patch(
    '/api/cart/items/:id',
    {
      config: { access: 'orders:create' },
      schema: {
        tags,
        summary: 'Change an item’s quantity or unit',
        params: IdParams,
        body: UpdateCartItemBody,
        response: { 200: CartView },
      },
    },
    async (request) => updateCartItem(db, currentUser(request), request.params.id, request.body),
  );

  app.post(
    '/api/cart/remove',
    {
      config: { access: 'orders:create' },
      schema: {
        tags,
        summary: 'Remove items (all without ids)',
        body: RemoveFromCartBody,
        response: { 200: CartView },
      },
    },
    async (request) => removeFromCart(db, currentUser(request), request.body.ids),
  );

  app.post(
    '/api/cart/checkout',
    {
      config: { access: 'orders:create' },
      schema: {
        tags,
        summary:
          'Place the cart (or some items) as one order; the ordered items leave the cart. Idempotency-Key as POST /api/orders',
        headers: IdempotencyHeaders,
        body: CheckoutBody,
        response: { 201: OrderView },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const result = await idempotent(
        db,
        {
          userId: user.id,
          scope: 'POST /api/cart/checkout',
          key: request.headers['idempotency-key'],
          body: request.body,
        },
        201,
        (tx) => checkoutCart(tx, user, request.body),
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(result.body);
    },
  );

  app.post(
    '/api/orders/:id/reorder',
    {
      config: { access: 'orders:create' },
      schema: {
        tags,
        summary: '再来一单: put a past order’s lines into my cart',
        params: IdParams,
        response: { 200: ReorderResult },
      },
    },
    async (request) => reorderToCart(db, currentUser(request), request.params.id),
  );
}
