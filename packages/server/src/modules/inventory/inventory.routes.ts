import type { App } from '../../lib/app-types.ts';
import { actorOf } from '../../lib/audit.ts';
import {
  AdjustmentBody,
  AdjustmentView,
  CreateWarehouseBody,
  LevelList,
  LevelQuery,
  MovementList,
  WarehouseList,
  WarehouseListQuery,
  WarehouseView,
} from './inventory.schemas.ts';
import { adjustStock, createWarehouse, listLevels, listMovements, listWarehouses } from './inventory.service.ts';

/** Warehouses, stock levels, adjustments and the movement ledger: staff only. */
export async function inventoryRoutes(app: App) {
  const db = app.deps.database.db;
  const tags = ['inventory'];

  app.get(
    '/api/warehouses',
    {
      config: { access: 'inventory:view' },
      schema: {
        tags,
        summary: 'Warehouses, the default (总仓) first',
        querystring: WarehouseListQuery,
        response: { 200: WarehouseList },
      },
    },
    async (request) => listWarehouses(db, request.query),
  );

  app.post(
    '/api/warehouses',
    {
      config: { access: 'inventory:edit' },
      schema: {
        tags,
        summary: 'Create a warehouse (code unique)',
        body: CreateWarehouseBody,
        response: { 201: WarehouseView },
      },
    },
    async (request, reply) => reply.status(201).send(await createWarehouse(db, actorOf(request), request.body)),
  );

  app.post(
    '/api/inventory/adjustments',
    {
      config: { access: 'inventory:edit' },
      schema: {
        tags,
        summary:
          'Change on hand of a SKU in a warehouse (default warehouse when left out) by a signed quantity; 409 INSUFFICIENT_STOCK below reserved',
        body: AdjustmentBody,
        response: { 201: AdjustmentView },
      },
    },
    async (request, reply) => reply.status(201).send(await adjustStock(db, actorOf(request), request.body)),
  );

  app.get(
    '/api/inventory/levels',
    {
      config: { access: 'inventory:view' },
      schema: {
        tags,
        summary: 'On hand, reserved and available per SKU and warehouse',
        querystring: LevelQuery,
        response: { 200: LevelList },
      },
    },
    async (request) => listLevels(db, request.query),
  );

  app.get(
    '/api/inventory/movements',
    {
      config: { access: 'inventory:view' },
      schema: {
        tags,
        summary: 'The append-only stock movement ledger, newest first',
        querystring: LevelQuery,
        response: { 200: MovementList },
      },
    },
    async (request) => listMovements(db, request.query),
  );
}
