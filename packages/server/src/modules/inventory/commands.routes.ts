import type { App } from '../../lib/app-types.ts';
import { actorOf } from '../../lib/audit.ts';
import { IdParams } from '../../lib/schema-types.ts';
import {
  CreateStocktakeBody,
  ReceiptBody,
  ReceiptView,
  StocktakeCountsBody,
  StocktakeList,
  StocktakeListQuery,
  StocktakeView,
  TransferBody,
  TransferView,
} from './commands.schemas.ts';
import { receiveStock } from './receiving.service.ts';
import {
  cancelStocktake,
  createStocktake,
  getStocktake,
  listStocktakes,
  postStocktake,
  recordCounts,
} from './stocktakes.service.ts';
import { transferStock } from './transfers.service.ts';

/** The warehouse's commands: receiving (入库), transfers (调拨) and stocktakes (盘点). */
export async function inventoryCommandRoutes(app: App) {
  const db = app.deps.database.db;
  const tags = ['inventory'];
  const view = { access: 'inventory:view' } as const;
  const edit = { access: 'inventory:edit' } as const;

  app.post(
    '/api/inventory/receipts',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Receive goods (入库): one receipt movement per line, all or none; batch SKUs need batchNo',
        body: ReceiptBody,
        response: { 201: ReceiptView },
      },
    },
    async (request, reply) => reply.status(201).send(await receiveStock(db, actorOf(request), request.body)),
  );

  app.post(
    '/api/inventory/transfers',
    {
      config: edit,
      schema: {
        tags,
        summary:
          'Move stock between warehouses (调拨): transfer_out + transfer_in per line, all or none; 409 INSUFFICIENT_STOCK',
        body: TransferBody,
        response: { 201: TransferView },
      },
    },
    async (request, reply) => reply.status(201).send(await transferStock(db, actorOf(request), request.body)),
  );

  app.get(
    '/api/inventory/stocktakes',
    {
      config: view,
      schema: {
        tags,
        summary: 'Stocktakes (盘点), newest first',
        querystring: StocktakeListQuery,
        response: { 200: StocktakeList },
      },
    },
    async (request) => listStocktakes(db, request.query),
  );

  app.post(
    '/api/inventory/stocktakes',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Open a stocktake of a warehouse',
        body: CreateStocktakeBody,
        response: { 201: StocktakeView },
      },
    },
    async (request, reply) => reply.status(201).send(await createStocktake(db, actorOf(request), request.body)),
  );

  app.get(
    '/api/inventory/stocktakes/:id',
    {
      config: view,
      schema: {
        tags,
        summary: 'A stocktake with its lines: book, counted, difference, current on hand',
        params: IdParams,
        response: { 200: StocktakeView },
      },
    },
    async (request) => getStocktake(db, request.params.id),
  );

  app.put(
    '/api/inventory/stocktakes/:id/lines',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Record counted quantities (with the book quantity now); counting a SKU again replaces its count',
        params: IdParams,
        body: StocktakeCountsBody,
        response: { 200: StocktakeView },
      },
    },
    async (request) => recordCounts(db, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/inventory/stocktakes/:id/post',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Post the differences (counted − current on hand) as stocktake movements; 409 below reserved',
        params: IdParams,
        response: { 200: StocktakeView },
      },
    },
    async (request) => postStocktake(db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/inventory/stocktakes/:id/cancel',
    {
      config: edit,
      schema: { tags, summary: 'Cancel an open stocktake', params: IdParams, response: { 200: StocktakeView } },
    },
    async (request) => cancelStocktake(db, actorOf(request), request.params.id),
  );
}
