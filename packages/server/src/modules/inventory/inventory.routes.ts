import type { App } from '../../lib/app-types.ts';
import { actorOf } from '../../lib/audit.ts';
import { IdParams } from '../../lib/schema-types.ts';
import { listBatches } from './batches.ts';
import { inventoryCommandRoutes } from './commands.routes.ts';
import {
  AdjustmentBody,
  AdjustmentView,
  BatchList,
  BatchQuery,
  CreateWarehouseBody,
  LevelList,
  LevelQuery,
  LevelView,
  LowStockQuery,
  MovementList,
  MovementQuery,
  SkuSettingsBody,
  SkuSettingsView,
  ThresholdBody,
  UpdateWarehouseBody,
  WarehouseList,
  WarehouseListQuery,
  WarehouseView,
} from './inventory.schemas.ts';
import { adjustStock, listLevels, listMovements } from './inventory.service.ts';
import { getSkuInventorySettings, setLowStockThreshold, updateSkuInventorySettings } from './settings.service.ts';
import { createWarehouse, listWarehouses, setDefaultWarehouse, updateWarehouse } from './warehouses.service.ts';

/** Warehouses, stock levels, thresholds, SKU settings, batches, adjustments and the ledger: staff only. */
export async function inventoryRoutes(app: App) {
  const db = app.deps.database.db;
  const tags = ['inventory'];
  const view = { access: 'inventory:view' } as const;
  const edit = { access: 'inventory:edit' } as const;

  app.get(
    '/api/warehouses',
    {
      config: view,
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
      config: edit,
      schema: {
        tags,
        summary: 'Create a warehouse (code unique)',
        body: CreateWarehouseBody,
        response: { 201: WarehouseView },
      },
    },
    async (request, reply) => reply.status(201).send(await createWarehouse(db, actorOf(request), request.body)),
  );

  app.patch(
    '/api/warehouses/:id',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Rename, move, disable or enable a warehouse; 409 when disabling the default one',
        params: IdParams,
        body: UpdateWarehouseBody,
        response: { 200: WarehouseView },
      },
    },
    async (request) => updateWarehouse(db, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/warehouses/:id/default',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Make an active warehouse the default one (changes naming no warehouse go there)',
        params: IdParams,
        response: { 200: WarehouseView },
      },
    },
    async (request) => setDefaultWarehouse(db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/inventory/adjustments',
    {
      config: edit,
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
      config: view,
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
    '/api/inventory/low-stock',
    {
      config: view,
      schema: {
        tags,
        summary: 'Levels of active warehouses whose available is below their low-stock threshold, furthest below first',
        querystring: LowStockQuery,
        response: { 200: LevelList },
      },
    },
    async (request) => listLevels(db, { ...request.query, lowStock: true }),
  );

  app.put(
    '/api/inventory/levels/threshold',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Set or clear (null) the low-stock threshold of a SKU in a warehouse',
        body: ThresholdBody,
        response: { 200: LevelView },
      },
    },
    async (request) => setLowStockThreshold(db, actorOf(request), request.body),
  );

  app.get(
    '/api/inventory/movements',
    {
      config: view,
      schema: {
        tags,
        summary: 'The append-only stock movement ledger, newest first',
        querystring: MovementQuery,
        response: { 200: MovementList },
      },
    },
    async (request) => listMovements(db, request.query),
  );

  app.get(
    '/api/inventory/skus/:id',
    {
      config: view,
      schema: {
        tags,
        summary: "A SKU's inventory settings",
        params: IdParams,
        response: { 200: SkuSettingsView },
      },
    },
    async (request) => getSkuInventorySettings(db, request.params.id),
  );

  app.patch(
    '/api/inventory/skus/:id',
    {
      config: edit,
      schema: {
        tags,
        summary: "A SKU's inventory settings: backorders, batch keeping (only while the SKU has no stock)",
        params: IdParams,
        body: SkuSettingsBody,
        response: { 200: SkuSettingsView },
      },
    },
    async (request) => updateSkuInventorySettings(db, actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/inventory/batches',
    {
      config: view,
      schema: {
        tags,
        summary: 'Batches with their expiry, nearest expiry first',
        querystring: BatchQuery,
        response: { 200: BatchList },
      },
    },
    async (request) => listBatches(db, request.query),
  );

  await inventoryCommandRoutes(app);
}
