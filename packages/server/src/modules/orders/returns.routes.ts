import type { App } from '../../lib/app-types.ts';
import { IdParams } from '../../lib/schema-types.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import {
  RequestReturnBody,
  ReturnActionParams,
  ReturnList,
  ReturnListQuery,
  ReturnStepBody,
  ReturnView,
} from './returns.schemas.ts';
import { getReturn, listReturns, requestReturn, stepReturn } from './returns.service.ts';

/** Returns (退货): request, approve or reject, receive back into stock. */
export async function returnsRoutes(app: App) {
  const db = app.deps.database.db;
  const tags = ['orders'];

  app.post(
    '/api/orders/:id/returns',
    {
      // The buyer with orders:create, staff with orders:edit (checked in the service).
      config: { access: 'orders:view' },
      schema: {
        tags,
        summary: 'Request a return of shipped goods (base units per SKU); the refund amount follows the lines',
        params: IdParams,
        body: RequestReturnBody,
        response: { 201: ReturnView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await requestReturn(db, currentUser(request), request.params.id, request.body)),
  );

  app.get(
    '/api/returns',
    {
      config: { access: 'orders:view' },
      schema: {
        tags,
        summary: 'Returns in the caller’s scope, newest first',
        querystring: ReturnListQuery,
        response: { 200: ReturnList },
      },
    },
    async (request) => listReturns(db, currentUser(request), request.query),
  );

  app.get(
    '/api/returns/:id',
    {
      config: { access: 'orders:view' },
      schema: {
        tags,
        summary: 'One return; 404 outside the caller’s scope',
        params: IdParams,
        response: { 200: ReturnView },
      },
    },
    async (request) => getReturn(db, currentUser(request), request.params.id),
  );

  app.post(
    '/api/returns/:id/:action',
    {
      // approve / reject: orders:approve; receive: orders:ship; cancel: the buyer or orders:edit (checked in the service).
      config: { access: 'orders:view' },
      schema: {
        tags,
        summary:
          'approve (optionally with refundAmount), reject, receive (back into stock, warehouseId or the default), cancel',
        params: ReturnActionParams,
        body: ReturnStepBody,
        response: { 200: ReturnView },
      },
    },
    async (request) => stepReturn(db, currentUser(request), request.params.id, request.params.action, request.body),
  );
}
