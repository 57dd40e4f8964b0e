import { type Static, Type } from 'typebox';
import { orderStatuses, paymentMethods, paymentStatuses } from '../../db/schema/index.ts';
import { Paged, PageQuery } from '../../lib/pagination.ts';
import { DateTime, Id, Nullable } from '../../lib/schema-types.ts';

export const OrderStatus = Type.Enum(orderStatuses);
export const PaymentStatus = Type.Enum(paymentStatuses);
export const PaymentMethod = Type.Enum(paymentMethods);
export const OrderAction = Type.Enum(['approve', 'ship', 'complete', 'cancel', 'edit', 'return']);

const Quantity = Type.Integer({
  minimum: 1,
  maximum: 1_000_000,
  description: 'in the line’s unit (base unit without unitId)',
});
const Remark = Type.String({ maxLength: 500 });

export const OrderLineInput = Type.Object({
  skuId: Id,
  quantity: Quantity,
  unitId: Type.Optional(Nullable(Id)),
});

export const PlaceOrderBody = Type.Object({
  lines: Type.Array(OrderLineInput, { minItems: 1, maxItems: 200 }),
  paymentMethod: Type.Optional(PaymentMethod),
  addressId: Type.Optional(Id),
  remark: Type.Optional(Remark),
  customerId: Type.Optional(Id),
});

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, description: 'a replay with the same key returns the first result' }),
  ),
});

export const AddressSnapshot = Type.Object({
  addressId: Nullable(Id),
  contactName: Type.String(),
  phone: Type.String(),
  province: Type.String(),
  city: Type.String(),
  district: Type.String(),
  address: Type.String(),
});

export const OrderLineView = Type.Object({
  id: Id,
  lineNo: Type.Integer(),
  skuId: Id,
  skuCode: Type.String(),
  productName: Type.String(),
  skuName: Type.String(),
  unitId: Nullable(Id),
  unitName: Type.String(),
  unitFactor: Type.Integer(),
  quantity: Type.Integer({ description: 'in unitName' }),
  baseQuantity: Type.Integer({ description: 'quantity × unitFactor, base units' }),
  unitPrice: Type.Integer({ description: 'fen per one unitName' }),
  amount: Type.Integer({ description: 'fen' }),
  priceRule: Type.String(),
  shippedQuantity: Type.Integer({ description: 'base units shipped' }),
  baseUnit: Type.String({ description: 'the SKU’s base unit, in which baseQuantity and shippedQuantity count' }),
});

export const ShipmentView = Type.Object({
  id: Id,
  carrier: Type.String(),
  trackingNumber: Type.String(),
  lines: Type.Array(Type.Object({ lineId: Id, skuId: Id, warehouseId: Id, quantity: Type.Integer() })),
  createdByName: Nullable(Type.String()),
  createdAt: DateTime,
});

export const OrderEventView = Type.Object({
  id: Id,
  kind: Type.String({ description: 'placed, approved, shipped, completed, cancelled, edited, …' }),
  fromStatus: Nullable(OrderStatus),
  toStatus: Nullable(OrderStatus),
  actorName: Nullable(Type.String()),
  actorKind: Type.Union([Type.Literal('customer'), Type.Literal('staff'), Type.Literal('system')]),
  note: Type.String(),
  details: Nullable(Type.Record(Type.String(), Type.Unknown())),
  createdAt: DateTime,
});

const OrderFields = {
  id: Id,
  number: Type.String({ description: 'e.g. SO20261201-00042' }),
  customerId: Id,
  customerName: Type.String(),
  status: OrderStatus,
  paymentStatus: PaymentStatus,
  paymentMethod: Nullable(PaymentMethod),
  totalAmount: Type.Integer({ description: 'fen' }),
  paidAmount: Type.Integer({ description: 'fen received (credit charges included)' }),
  refundedAmount: Type.Integer({ description: 'fen given back' }),
  dueAmount: Type.Integer({ description: 'fen still to pay' }),
  lineCount: Type.Integer(),
  placedByKind: Type.Union([Type.Literal('customer'), Type.Literal('staff')], {
    description: 'staff = 代客下单, placed on the customer’s behalf',
  }),
  placedByName: Nullable(Type.String()),
  salespersonId: Nullable(Id),
  salespersonName: Nullable(Type.String()),
  remark: Type.String(),
  createdAt: DateTime,
  updatedAt: DateTime,
  shippedAt: Nullable(DateTime),
  completedAt: Nullable(DateTime),
};

export const OrderSummary = Type.Object(OrderFields);
export const OrderList = Paged(OrderSummary);

export const OrderView = Type.Object({
  ...OrderFields,
  address: Nullable(AddressSnapshot),
  cancelReason: Nullable(Type.String()),
  lines: Type.Array(OrderLineView),
  shipments: Type.Array(ShipmentView),
  events: Type.Array(OrderEventView, { description: 'the timeline, oldest first' }),
  allowedActions: Type.Array(OrderAction, { description: 'what the caller may do now' }),
});

export const OrderListQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(OrderStatus),
  statuses: Type.Optional(
    Type.Array(OrderStatus, {
      maxItems: 8,
      description: 'any of these statuses (repeat the parameter), e.g. the three review steps',
    }),
  ),
  customerId: Type.Optional(Id),
  salespersonId: Type.Optional(Id),
  from: Type.Optional(Type.String({ format: 'date', description: 'placed on or after (Asia/Shanghai date)' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'placed on or before (Asia/Shanghai date)' })),
  minAmount: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })),
  maxAmount: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'order number or customer name' })),
});

export const StatusCounts = Type.Object({
  counts: Type.Record(Type.String(), Type.Integer(), { description: 'orders per status in the caller’s scope' }),
});

export const EditOrderBody = Type.Object({
  lines: Type.Optional(
    Type.Array(
      Type.Object({
        skuId: Id,
        quantity: Quantity,
        unitId: Type.Optional(Nullable(Id)),
        unitPrice: Type.Optional(
          Type.Integer({ minimum: 0, maximum: 1_000_000_000, description: 'staff only: fen per unit, marked manual' }),
        ),
      }),
      { minItems: 1, maxItems: 200, description: 'replaces all lines' },
    ),
  ),
  reason: Type.Optional(Type.String({ maxLength: 500, description: 'required for staff; shown on the timeline' })),
  remark: Type.Optional(Remark),
  addressId: Type.Optional(Id),
});

export const ApproveBody = Type.Object({ note: Type.Optional(Remark) });
export const CancelBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) });
export const CompleteBody = Type.Object({ note: Type.Optional(Remark) });

export const ShipBody = Type.Object({
  lines: Type.Array(
    Type.Object({ skuId: Id, quantity: Type.Integer({ minimum: 1, maximum: 10_000_000, description: 'base units' }) }),
    {
      minItems: 1,
      maxItems: 200,
    },
  ),
  carrier: Type.Optional(Type.String({ maxLength: 50 })),
  trackingNumber: Type.Optional(Type.String({ maxLength: 100 })),
});

export const ShipResult = Type.Object({ ...OrderView.properties, shipment: ShipmentView });

export const OrderSettings = Type.Object({
  financeReview: Type.Boolean({ description: '财务审核 after the order review' }),
  warehouseReview: Type.Boolean({ description: '出库审核 before shipment' }),
  autoCompleteDays: Type.Integer({
    minimum: 1,
    maximum: 90,
    description: 'completed automatically N days after shipment',
  }),
});
export const OrderSettingsPatch = Type.Partial(OrderSettings);

export type OrderViewData = Static<typeof OrderView>;
export type OrderSummaryData = Static<typeof OrderSummary>;
