import { Type } from 'typebox';
import { Id, Nullable } from '../../lib/schema-types.ts';
import { PaymentMethod } from './orders.schemas.ts';

const Quantity = Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'in the item’s unit' });

export const CartItemInput = Type.Object({ skuId: Id, unitId: Type.Optional(Nullable(Id)), quantity: Quantity });
export const AddToCartBody = Type.Object({
  items: Type.Array(CartItemInput, { minItems: 1, maxItems: 200 }),
  mode: Type.Optional(Type.Enum(['add', 'set'], { description: 'add to what is there (default) or set the quantity' })),
});
export const UpdateCartItemBody = Type.Object({ quantity: Quantity, unitId: Type.Optional(Nullable(Id)) });
export const RemoveFromCartBody = Type.Object({ ids: Type.Optional(Type.Array(Id, { maxItems: 500 })) });

export const CartItemView = Type.Object({
  id: Id,
  skuId: Id,
  productId: Id,
  unitId: Nullable(Id),
  quantity: Type.Integer(),
  skuCode: Type.String(),
  productName: Type.String(),
  skuName: Type.String(),
  thumbUrl: Nullable(Type.String()),
  unitName: Type.String(),
  unitFactor: Type.Integer(),
  baseQuantity: Type.Integer(),
  baseUnit: Type.String(),
  minOrderQty: Type.Integer(),
  orderStep: Type.Integer(),
  units: Type.Array(Type.Object({ id: Id, name: Type.String(), factor: Type.Integer() })),
  unitPrice: Nullable(Type.Integer({ description: 'the customer’s own price now, fen per unit' })),
  amount: Nullable(Type.Integer()),
  available: Nullable(
    Type.Integer({ description: 'base units available to order; null when the supplier hides numbers' }),
  ),
  stockStatus: Type.Enum(['in', 'low', 'out']),
  problems: Type.Array(Type.Enum(['off_shelf', 'unit_removed', 'below_minimum', 'off_step', 'insufficient_stock'])),
});

export const CartView = Type.Object({
  items: Type.Array(CartItemView),
  totalAmount: Type.Integer({ description: 'fen, items without problems' }),
  count: Type.Integer(),
});
export const ReorderResult = Type.Object({
  ...CartView.properties,
  skipped: Type.Array(Type.String(), { description: 'lines that could not be added (off shelf, unit gone)' }),
});

export const CheckoutBody = Type.Object({
  itemIds: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 200, description: 'only these items (default all)' })),
  paymentMethod: Type.Optional(PaymentMethod),
  addressId: Type.Optional(Id),
  remark: Type.Optional(Type.String({ maxLength: 500 })),
});
