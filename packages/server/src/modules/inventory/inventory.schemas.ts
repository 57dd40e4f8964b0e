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

export const WarehouseView = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  address: Type.String(),
  isDefault: Type.Boolean(),
  status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]),
  createdAt: DateTime,
});

export const WarehouseList = Paged(WarehouseView);
export const WarehouseListQuery = Type.Object({ ...PageQuery });

export const CreateWarehouseBody = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 32, description: 'unique, e.g. WH02' }),
  name: Type.String({ minLength: 1, maxLength: 64 }),
  address: Type.Optional(Type.String({ maxLength: 200 })),
});

// ---- adjustments and levels ----

export const AdjustmentBody = Type.Object({
  skuId: Id,
  quantity: SignedQuantity,
  warehouseId: Type.Optional(Id),
  reason: Type.String({ minLength: 1, maxLength: 200 }),
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

export const LevelQuery = Type.Object({ ...PageQuery, skuId: Type.Optional(Id), warehouseId: Type.Optional(Id) });

export const LevelView = Type.Object({
  skuId: Id,
  warehouseId: Id,
  ...Amounts,
  skuCode: Type.String(),
  productName: Type.String(),
  warehouseName: Type.String(),
  lowStockThreshold: Nullable(Type.Integer()),
});
export const LevelList = Paged(LevelView);

export const MovementView = Type.Object({
  id: Id,
  skuId: Id,
  warehouseId: Id,
  kind: Type.Union([
    Type.Literal('receipt'),
    Type.Literal('shipment'),
    Type.Literal('adjustment'),
    Type.Literal('stocktake'),
    Type.Literal('transfer_in'),
    Type.Literal('transfer_out'),
    Type.Literal('return'),
  ]),
  quantity: Type.Integer({ description: 'signed change of on hand' }),
  reason: Type.String(),
  referenceType: Nullable(Type.String()),
  referenceId: Nullable(Id),
  actorId: Nullable(Id),
  actorName: Nullable(Type.String()),
  createdAt: DateTime,
});
export const MovementList = Paged(MovementView);
