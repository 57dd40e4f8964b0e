import { Type } from 'typebox';
import { Paged, PageQuery } from '../../lib/pagination.ts';
import { DateTime, Id, Nullable } from '../../lib/schema-types.ts';

/** A signed change of on hand in the SKU's base unit (not 0; checked by the service with a field path). */
const SignedQuantity = Type.Integer({
  minimum: -1e9,
  maximum: 1e9,
  description: 'signed change of on hand in the base unit; not 0',
});

// ---- warehouses ----

const WarehouseStatus = Type.Union([Type.Literal('active'), Type.Literal('disabled')]);

export const WarehouseView = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  address: Type.String(),
  isDefault: Type.Boolean(),
  status: WarehouseStatus,
  createdAt: DateTime,
});

export const WarehouseList = Paged(WarehouseView);
export const WarehouseListQuery = Type.Object({ ...PageQuery });

export const CreateWarehouseBody = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 32, description: 'unique, e.g. WH02' }),
  name: Type.String({ minLength: 1, maxLength: 64 }),
  address: Type.Optional(Type.String({ maxLength: 200 })),
});

export const UpdateWarehouseBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  address: Type.Optional(Type.String({ maxLength: 200 })),
  status: Type.Optional(WarehouseStatus),
});

// ---- adjustments and levels ----

/** A batch number (批次号) of a SKU kept in batches. */
export const BatchNo = Type.String({ minLength: 1, maxLength: 64, description: 'batch number (批次号)' });
/** A calendar date, the last day goods of the batch may be sold. */
export const ExpiryDate = Type.String({
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
  description: 'YYYY-MM-DD, the last day the goods may be sold',
});

export const AdjustmentBody = Type.Object({
  skuId: Id,
  quantity: SignedQuantity,
  warehouseId: Type.Optional(Id),
  reason: Type.String({ minLength: 1, maxLength: 200 }),
  batchNo: Type.Optional(
    Type.String({
      ...BatchNo,
      description: 'batch SKUs: the batch an increase goes into (required), or the one a decrease takes from',
    }),
  ),
  expiresOn: Type.Optional(ExpiryDate),
});

const Amounts = {
  onHand: Type.Integer(),
  reserved: Type.Integer(),
  available: Type.Integer({ description: 'onHand − reserved' }),
};

export const AdjustmentView = Type.Object({
  id: Id,
  skuId: Id,
  warehouseId: Id,
  quantity: Type.Integer(),
  ...Amounts,
});

const LevelFilter = { ...PageQuery, skuId: Type.Optional(Id), warehouseId: Type.Optional(Id) };
const SkuSearch = Type.Optional(
  Type.String({ maxLength: 100, description: 'matches SKU code, SKU name, barcode, product name' }),
);

export const LevelQuery = Type.Object({
  ...LevelFilter,
  q: SkuSearch,
  lowStock: Type.Optional(Type.Boolean({ description: 'only levels below their low-stock threshold' })),
});
export const LowStockQuery = Type.Object({ ...LevelFilter });

export const LevelView = Type.Object({
  skuId: Id,
  warehouseId: Id,
  ...Amounts,
  skuCode: Type.String(),
  productName: Type.String(),
  warehouseName: Type.String(),
  lowStockThreshold: Nullable(Type.Integer()),
  trackBatches: Type.Boolean(),
});
export const LevelList = Paged(LevelView);

export const ThresholdBody = Type.Object({
  skuId: Id,
  warehouseId: Id,
  lowStockThreshold: Nullable(Type.Integer({ minimum: 0, maximum: 1e9, description: 'null clears it' })),
});

const MovementKind = Type.Union([
  Type.Literal('receipt'),
  Type.Literal('shipment'),
  Type.Literal('adjustment'),
  Type.Literal('stocktake'),
  Type.Literal('transfer_in'),
  Type.Literal('transfer_out'),
  Type.Literal('return'),
]);

export const MovementQuery = Type.Object({
  ...LevelFilter,
  q: SkuSearch,
  kind: Type.Optional(MovementKind),
  referenceType: Type.Optional(Type.String({ maxLength: 32, description: 'e.g. receipt, transfer, stocktake, order' })),
  referenceId: Type.Optional(Id),
});

export const MovementView = Type.Object({
  id: Id,
  skuId: Id,
  warehouseId: Id,
  kind: MovementKind,
  quantity: Type.Integer({ description: 'signed change of on hand' }),
  reason: Type.String(),
  referenceType: Nullable(Type.String()),
  referenceId: Nullable(Id),
  batchId: Nullable(Id),
  batchNo: Nullable(Type.String()),
  skuCode: Type.String(),
  productName: Type.String(),
  warehouseName: Type.String(),
  actorId: Nullable(Id),
  actorName: Nullable(Type.String()),
  createdAt: DateTime,
});
export const MovementList = Paged(MovementView);

// ---- SKU settings and batches ----

export const SkuSettingsBody = Type.Object({
  allowBackorder: Type.Optional(Type.Boolean({ description: 'orders beyond available are accepted (backordered)' })),
  trackBatches: Type.Optional(
    Type.Boolean({ description: 'stock kept in batches with expiry; changes only while the SKU has no stock' }),
  ),
});

export const SkuSettingsView = Type.Object({
  id: Id,
  code: Type.String(),
  allowBackorder: Type.Boolean(),
  trackBatches: Type.Boolean(),
});

export const BatchQuery = Type.Object({
  ...LevelFilter,
  includeEmpty: Type.Optional(Type.Boolean({ description: 'also batches with nothing left' })),
});

export const BatchView = Type.Object({
  id: Id,
  skuId: Id,
  warehouseId: Id,
  batchNo: Type.String(),
  expiresOn: Nullable(Type.String({ format: 'date' })),
  onHand: Type.Integer(),
  receivedAt: DateTime,
  skuCode: Type.String(),
  productName: Type.String(),
  warehouseName: Type.String(),
});
export const BatchList = Paged(BatchView);
