import { Type } from 'typebox';
import { returnStatuses } from '../../db/schema/index.ts';
import { Paged, PageQuery } from '../../lib/pagination.ts';
import { DateTime, Id, Nullable } from '../../lib/schema-types.ts';

export const ReturnStatus = Type.Enum(returnStatuses);

export const RequestReturnBody = Type.Object({
  lines: Type.Array(
    Type.Object({ skuId: Id, quantity: Type.Integer({ minimum: 1, maximum: 10_000_000, description: 'base units' }) }),
    {
      minItems: 1,
      maxItems: 200,
    },
  ),
  reason: Type.String({ minLength: 1, maxLength: 500 }),
});

export const ReturnStepBody = Type.Object({
  note: Type.Optional(Type.String({ maxLength: 500 })),
  refundAmount: Type.Optional(
    Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'approve only: fen' }),
  ),
  warehouseId: Type.Optional(Id),
});

export const ReturnView = Type.Object({
  id: Id,
  orderId: Id,
  orderNumber: Type.String(),
  customerId: Id,
  customerName: Type.String(),
  status: ReturnStatus,
  lines: Type.Array(
    Type.Object({
      lineId: Id,
      skuId: Id,
      skuCode: Type.String(),
      productName: Type.String(),
      unitName: Type.String({ description: 'the order line’s unit' }),
      unitFactor: Type.Integer({ description: 'base units in one of unitName' }),
      baseUnit: Type.String(),
      quantity: Type.Integer({ description: 'base units' }),
      amount: Type.Integer({ description: 'fen' }),
    }),
  ),
  reason: Type.String(),
  refundAmount: Type.Integer({ description: 'fen' }),
  warehouseId: Nullable(Id),
  note: Type.String(),
  requestedByName: Nullable(Type.String()),
  decidedByName: Nullable(Type.String()),
  createdAt: DateTime,
  decidedAt: Nullable(DateTime),
  receivedAt: Nullable(DateTime),
  allowedActions: Type.Array(Type.Enum(['approve', 'reject', 'receive', 'cancel'])),
});
export const ReturnList = Paged(ReturnView);
export const ReturnListQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(ReturnStatus),
  orderId: Type.Optional(Id),
});
export const ReturnActionParams = Type.Object({
  id: Id,
  action: Type.Enum(['approve', 'reject', 'receive', 'cancel']),
});
