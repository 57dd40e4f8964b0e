import { Type } from 'typebox';
import { Paged, PageQuery } from '../../lib/pagination.ts';
import { DateTime, Id, Nullable } from '../../lib/schema-types.ts';
import { BatchNo, ExpiryDate } from './inventory.schemas.ts';

// Request and response schemas of the warehouse commands: receipts, transfers, stocktakes.

const Quantity = Type.Integer({ minimum: 1, maximum: 1e9, description: 'base units, > 0' });
const Lines = <T extends Parameters<typeof Type.Array>[0]>(line: T) => Type.Array(line, { minItems: 1, maxItems: 500 });

const LevelFigures = Type.Object({
  onHand: Type.Integer(),
  reserved: Type.Integer(),
  available: Type.Integer({ description: 'onHand − reserved' }),
});

// ---- receipts (入库) ----

export const ReceiptBody = Type.Object({
  warehouseId: Type.Optional(Id),
  reason: Type.Optional(Type.String({ maxLength: 200, description: 'e.g. the supplier delivery note' })),
  lines: Lines(
    Type.Object({
      skuId: Id,
      quantity: Quantity,
      batchNo: Type.Optional(Type.String({ ...BatchNo, description: 'required for SKUs kept in batches' })),
      expiresOn: Type.Optional(ExpiryDate),
    }),
  ),
});

export const ReceiptView = Type.Object({
  id: Type.Integer({ description: 'the id of the first movement; every movement references (receipt, id)' }),
  warehouseId: Id,
  reason: Type.String(),
  lines: Type.Array(
    Type.Object({
      skuId: Id,
      quantity: Type.Integer(),
      movementId: Id,
      batchId: Nullable(Id),
      batchNo: Nullable(Type.String()),
      ...LevelFigures.properties,
    }),
  ),
});

// ---- transfers (调拨) ----

export const TransferBody = Type.Object({
  fromWarehouseId: Id,
  toWarehouseId: Id,
  reason: Type.String({ minLength: 1, maxLength: 200 }),
  lines: Lines(Type.Object({ skuId: Id, quantity: Quantity })),
});

export const TransferView = Type.Object({
  id: Type.Integer({
    description: 'the id of the first transfer_out movement; every movement references (transfer, id)',
  }),
  fromWarehouseId: Id,
  toWarehouseId: Id,
  reason: Type.String(),
  lines: Type.Array(
    Type.Object({
      skuId: Id,
      quantity: Type.Integer(),
      batches: Type.Array(
        Type.Object({ batchNo: Type.String(), expiresOn: Nullable(Type.String()), quantity: Type.Integer() }),
      ),
      from: LevelFigures,
      to: LevelFigures,
    }),
  ),
});

// ---- stocktakes (盘点) ----

const StocktakeStatus = Type.Union([Type.Literal('open'), Type.Literal('posted'), Type.Literal('cancelled')]);

export const CreateStocktakeBody = Type.Object({
  warehouseId: Id,
  note: Type.Optional(Type.String({ maxLength: 200 })),
});

export const StocktakeCountsBody = Type.Object({
  lines: Lines(
    Type.Object({ skuId: Id, countedQuantity: Type.Integer({ minimum: 0, maximum: 1e9, description: 'base units' }) }),
  ),
});

export const StocktakeListQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(StocktakeStatus),
  warehouseId: Type.Optional(Id),
});

const StocktakeSummaryFields = {
  id: Id,
  warehouseId: Id,
  warehouseName: Type.String(),
  status: StocktakeStatus,
  note: Type.String(),
  lineCount: Type.Integer(),
  createdByName: Nullable(Type.String()),
  createdAt: DateTime,
  postedByName: Nullable(Type.String()),
  postedAt: Nullable(DateTime),
};

export const StocktakeList = Paged(Type.Object(StocktakeSummaryFields));

export const StocktakeView = Type.Object({
  ...StocktakeSummaryFields,
  lines: Type.Array(
    Type.Object({
      skuId: Id,
      skuCode: Type.String(),
      productName: Type.String(),
      bookQuantity: Type.Integer({ description: 'on hand by the book when counted' }),
      countedQuantity: Type.Integer(),
      difference: Type.Integer({ description: 'counted − book' }),
      onHand: Type.Integer({ description: 'on hand now; posting changes it by counted − onHand' }),
      reserved: Type.Integer(),
      countedAt: DateTime,
    }),
  ),
});
