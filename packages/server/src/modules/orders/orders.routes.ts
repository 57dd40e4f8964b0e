import type { App } from '../../lib/app-types.ts';
import { actorOf } from '../../lib/audit.ts';
import { idempotent } from '../../lib/idempotency.ts';
import { IdParams } from '../../lib/schema-types.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { cartRoutes } from './cart.routes.ts';
import { editOrder } from './edit-order.service.ts';
import { approveOrder, cancelOrder, completeOrder, shipOrder } from './order-actions.service.ts';
import { orderDocumentRoutes } from './order-documents.routes.ts';
import { getOrderSettings, updateOrderSettings } from './order-settings.service.ts';
import { getOrder, listOrders, statusCounts } from './orders.query.ts';
import {
  ApproveBody,
  CancelBody,
  CompleteBody,
  EditOrderBody,
  IdempotencyHeaders,
  OrderList,
  OrderListQuery,
  OrderSettings,
  OrderSettingsPatch,
  OrderView,
  PlaceOrderBody,
  ShipBody,
  ShipResult,
  StatusCounts,
} from './orders.schemas.ts';
import { placeOrder } from './place-order.service.ts';
import { returnsRoutes } from './returns.routes.ts';

/** Orders: placing (idempotent), lists and detail in the caller's scope, and the lifecycle steps. */
export async function ordersRoutes(app: App) {
  const db = app.deps.database.db;
  const tags = ['orders'];
  await app.register(cartRoutes);
  await app.register(orderDocumentRoutes);
  await app.register(returnsRoutes);

  app.post(
    '/api/orders',
    {
      config: { access: 'orders:create' },
      schema: {
        tags,
        summary:
          'Place an order (a customer for itself; staff with customerId, 代客下单). Idempotency-Key makes a retry return the first result; 409 INSUFFICIENT_STOCK / CREDIT_LIMIT_EXCEEDED',
        headers: IdempotencyHeaders,
        body: PlaceOrderBody,
        response: { 201: OrderView },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const result = await idempotent(
        db,
        { userId: user.id, scope: 'POST /api/orders', key: request.headers['idempotency-key'], body: request.body },
        201,
        (tx) => placeOrder(tx, user, request.body),
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(result.body);
    },
  );

  app.get(
    '/api/orders',
    {
      config: { access: 'orders:view' },
      schema: {
        tags,
        summary: 'Orders in the caller’s scope, newest first, with filters',
        querystring: OrderListQuery,
        response: { 200: OrderList },
      },
    },
    async (request) => listOrders(db, currentUser(request), request.query),
  );

  app.get(
    '/api/orders/status-counts',
    {
      config: { access: 'orders:view' },
      schema: {
        tags,
        summary: 'How many orders of each status (the queue’s tabs), with the list’s filters',
        querystring: OrderListQuery,
        response: { 200: StatusCounts },
      },
    },
    async (request) => statusCounts(db, currentUser(request), request.query),
  );

  app.get(
    '/api/orders/:id',
    {
      config: { access: 'orders:view' },
      schema: {
        tags,
        summary: 'One order with lines, shipments and timeline; 404 outside the caller’s scope',
        params: IdParams,
        response: { 200: OrderView },
      },
    },
    async (request) => getOrder(db, currentUser(request), request.params.id),
  );

  app.patch(
    '/api/orders/:id',
    {
      // The buyer edits with orders:create while pending; staff with orders:edit during review (checked in the service).
      config: { access: 'orders:view' },
      schema: {
        tags,
        summary:
          'Change lines (re-priced and re-reserved), remark or address: the buyer while pending_review, staff during review with a reason (and prices)',
        params: IdParams,
        body: EditOrderBody,
        response: { 200: OrderView },
      },
    },
    async (request) => editOrder(db, currentUser(request), request.params.id, request.body),
  );

  app.post(
    '/api/orders/:id/approve',
    {
      // The step decides the permission: 订单审核 orders:approve, 财务审核 payments:confirm, 出库审核 orders:ship.
      config: { access: 'orders:view' },
      schema: {
        tags,
        summary: 'Approve the current review step; the order moves to the next enabled step or awaiting_shipment',
        params: IdParams,
        body: ApproveBody,
        response: { 200: OrderView },
      },
    },
    async (request) => approveOrder(db, currentUser(request), request.params.id, request.body.note),
  );

  app.post(
    '/api/orders/:id/shipments',
    {
      config: { access: 'orders:ship' },
      schema: {
        tags,
        summary: 'Ship some or all of what is left (base units per SKU); status partially_shipped or shipped',
        params: IdParams,
        body: ShipBody,
        response: { 201: ShipResult },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await shipOrder(db, currentUser(request), request.params.id, request.body)),
  );

  app.post(
    '/api/orders/:id/complete',
    {
      config: { access: 'orders:view' },
      schema: {
        tags,
        summary: 'Confirm receipt (the buyer) or complete (staff): shipped → completed',
        params: IdParams,
        body: CompleteBody,
        response: { 200: OrderView },
      },
    },
    async (request) => completeOrder(db, currentUser(request), request.params.id, request.body.note),
  );

  app.post(
    '/api/orders/:id/cancel',
    {
      config: { access: 'orders:cancel' },
      schema: {
        tags,
        summary: 'Cancel (the buyer while pending review; staff until shipped); stock is released',
        params: IdParams,
        body: CancelBody,
        response: { 200: OrderView },
      },
    },
    async (request) => cancelOrder(db, currentUser(request), request.params.id, request.body.reason),
  );

  app.get(
    '/api/settings/orders',
    {
      config: { access: 'orders:view' },
      schema: { tags, summary: 'Order settings: review steps, auto-complete days', response: { 200: OrderSettings } },
    },
    async () => getOrderSettings(db),
  );

  app.patch(
    '/api/settings/orders',
    {
      config: { access: 'settings:edit' },
      schema: {
        tags,
        summary: 'Switch review steps (财务审核, 出库审核) on or off; set auto-complete days',
        body: OrderSettingsPatch,
        response: { 200: OrderSettings },
      },
    },
    async (request) => updateOrderSettings(db, actorOf(request), request.body),
  );
}
