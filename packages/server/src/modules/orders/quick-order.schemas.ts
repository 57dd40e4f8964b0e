import { type Static, Type } from 'typebox';
import { DateTime, Id, Nullable } from '../../lib/schema-types.ts';
import { MAX_ITEMS, MAX_TEXT_LENGTH } from './quick-order.ts';

const CustomerId = Type.Optional(
  Type.Integer({
    minimum: 1,
    maximum: Number.MAX_SAFE_INTEGER,
    description: 'staff ordering on a customer’s behalf (代客下单); a customer user gets its own company',
  }),
);

export const QuickParseBody = Type.Object({
  text: Type.String({
    minLength: 1,
    maxLength: MAX_TEXT_LENGTH,
    description: `pasted lines or a chat message, at most ${MAX_ITEMS} items: "可乐 10箱，雪碧5箱"`,
  }),
  customerId: CustomerId,
});

export const CustomerQuery = Type.Object({ customerId: CustomerId });

export const QuickOrderCandidate = Type.Object({
  skuId: Id,
  code: Type.String(),
  productName: Type.String(),
  skuName: Type.String(),
  unitId: Nullable(Id),
  unitName: Type.String({ description: 'the unit the item is read in: the one written, else the SKU’s default' }),
  unitFactor: Type.Integer({ description: 'base units in one unitName' }),
  unitPrice: Type.Integer({ description: 'the customer’s own price for one unitName at this quantity, fen' }),
  available: Nullable(
    Type.Integer({ description: 'base units available to order; null when the supplier hides numbers' }),
  ),
  stockStatus: Type.Enum(['in', 'low', 'out']),
  score: Type.Number({ description: '0–1, how well the SKU fits the query; 1 for an exact code or barcode' }),
});

export const QuickOrderItem = Type.Object({
  input: Type.String({ description: 'the item as written' }),
  row: Nullable(Type.Integer({ description: 'the sheet row of an uploaded item (header = 1)' })),
  query: Type.String(),
  quantity: Type.Integer({ description: 'in unitName (1 when none was written)' }),
  unitName: Nullable(Type.String({ description: 'the unit word written, if any' })),
  status: Type.Union([Type.Literal('matched'), Type.Literal('ambiguous'), Type.Literal('unmatched')]),
  message: Nullable(Type.String({ description: 'why the buyer must look at it (a unit the SKU lacks, a quantity)' })),
  candidates: Type.Array(QuickOrderCandidate, { description: 'best first, at most 5' }),
  chosen: Nullable(Type.Integer({ description: 'index in candidates of the chosen one (matched), else null' })),
});

export const QuickParseResult = Type.Object({ customerId: Id, items: Type.Array(QuickOrderItem) });

export const FrequentItem = Type.Object({
  skuId: Id,
  code: Type.String(),
  productName: Type.String(),
  skuName: Type.String(),
  orderCount: Type.Integer({ description: 'orders with this SKU in the last 180 days' }),
  totalBaseQuantity: Type.Integer({ description: 'base units ordered in those orders' }),
  lastOrderedAt: DateTime,
  unitId: Nullable(Id),
  unitName: Type.String({ description: 'the unit it was ordered in most often' }),
  unitFactor: Type.Integer(),
  lastQuantity: Type.Integer({ description: 'the last quantity ordered in that unit' }),
  unitPrice: Type.Integer({ description: 'the customer’s own price now for one unitName at lastQuantity, fen' }),
  available: Nullable(
    Type.Integer({ description: 'base units available to order; null when the supplier hides numbers' }),
  ),
  stockStatus: Type.Enum(['in', 'low', 'out']),
  orderable: Type.Boolean({ description: 'still on the shelf and visible to the customer' }),
});

export const FrequentItems = Type.Object({ customerId: Id, items: Type.Array(FrequentItem) });

export type QuickOrderCandidateT = Static<typeof QuickOrderCandidate>;
export type QuickOrderItemT = Static<typeof QuickOrderItem>;
export type QuickParseResultT = Static<typeof QuickParseResult>;
export type FrequentItemT = Static<typeof FrequentItem>;
export type FrequentItemsT = Static<typeof FrequentItems>;
