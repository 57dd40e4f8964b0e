import { Type } from 'typebox';
import { Paged, PageQuery } from '../../lib/pagination.ts';
import { DateTime, Id, Nullable } from '../../lib/schema-types.ts';

/** Money in fen: a non-negative integer (at most ¥100 billion). */
export const Fen = Type.Integer({ minimum: 0, maximum: 1e13, description: 'fen' });

/** A time in a request body or query: ISO 8601. */
const Instant = Type.String({ format: 'date-time', description: 'ISO 8601, e.g. 2026-01-01T00:00:00+08:00' });

/** Window fields of a new price row; open on a side when left out or null. */
const WindowInput = {
  startsAt: Type.Optional(Nullable(Instant)),
  endsAt: Type.Optional(Nullable(Instant)),
};

const WindowView = {
  startsAt: Nullable(DateTime),
  endsAt: Nullable(DateTime),
};

const SkuColumns = {
  skuId: Id,
  skuCode: Type.String(),
  productName: Type.String(),
  skuName: Type.String(),
  unitId: Nullable(Id),
  unitName: Type.String({ description: 'the base unit’s name when unitId is null' }),
};

// --- price explanation ---------------------------------------------------------------------------

const PriceRuleSchema = Type.Union([
  Type.Literal('base'),
  Type.Literal('level_discount'),
  Type.Literal('level_price'),
  Type.Literal('customer_price'),
  Type.Literal('quantity_break'),
]);

export const ExplainQuery = Type.Object({
  customerId: Id,
  skuId: Id,
  unitId: Type.Optional(Id),
  quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 1e9, default: 1 })),
  at: Type.Optional(Instant),
});

export const PriceExplanationView = Type.Object({
  customerId: Id,
  skuId: Id,
  unitId: Nullable(Id),
  unitName: Type.String(),
  quantity: Type.Integer(),
  at: DateTime,
  unitPrice: Type.Integer({ description: 'fen, for one of the requested unit' }),
  rule: PriceRuleSchema,
  sourceId: Nullable(Id),
  basePrice: Type.Integer({ description: 'the unit’s base wholesale price, fen' }),
  levelId: Nullable(Id),
  levelName: Nullable(Type.String()),
  discountPercent: Nullable(Type.Integer()),
  steps: Type.Array(
    Type.Object({
      rule: PriceRuleSchema,
      price: Type.Integer(),
      applied: Type.Boolean(),
      note: Type.String(),
      sourceId: Nullable(Id),
    }),
  ),
});

// --- customer levels -----------------------------------------------------------------------------

export const UpdateLevelBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
    discountPercent: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: '90 = 九折 (10 % off)' })),
    sort: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000 })),
  },
  { minProperties: 1 },
);

// --- level price lists ---------------------------------------------------------------------------

export const LevelPriceView = Type.Object({
  id: Id,
  levelId: Id,
  levelName: Type.String(),
  ...SkuColumns,
  price: Fen,
  ...WindowView,
});

export const LevelPriceListQuery = Type.Object({ ...PageQuery, levelId: Type.Optional(Id), skuId: Type.Optional(Id) });
export const LevelPriceList = Paged(LevelPriceView);

export const CreateLevelPriceBody = Type.Object({
  levelId: Id,
  skuId: Id,
  unitId: Type.Optional(Nullable(Id)),
  price: Fen,
  ...WindowInput,
});

export const UpdatePriceBody = Type.Object(
  { price: Type.Optional(Fen), ...WindowInput },
  { minProperties: 1, description: 'null for startsAt or endsAt opens that side of the window' },
);

// --- customer prices -----------------------------------------------------------------------------

export const CustomerPriceView = Type.Object({
  id: Id,
  ...SkuColumns,
  price: Fen,
  basePrice: Type.Integer({ description: 'the unit’s base wholesale price, fen' }),
  ...WindowView,
  note: Type.String(),
});

export const CustomerPriceListQuery = Type.Object({ ...PageQuery, skuId: Type.Optional(Id) });
export const CustomerPriceList = Paged(CustomerPriceView);

const Note = Type.String({ maxLength: 200 });

export const CreateCustomerPriceBody = Type.Object({
  skuId: Id,
  price: Fen,
  unitId: Type.Optional(Nullable(Id)),
  note: Type.Optional(Note),
  ...WindowInput,
});

export const UpdateCustomerPriceBody = Type.Object(
  { price: Type.Optional(Fen), note: Type.Optional(Note), ...WindowInput },
  { minProperties: 1 },
);

// --- quantity breaks -----------------------------------------------------------------------------

export const QuantityBreakView = Type.Object({
  id: Id,
  unitId: Nullable(Id),
  unitName: Type.String(),
  levelId: Nullable(Id),
  levelName: Nullable(Type.String({ description: 'null: for every customer' })),
  minQuantity: Type.Integer(),
  price: Fen,
  ...WindowView,
});

export const QuantityBreakList = Type.Object({ items: Type.Array(QuantityBreakView) });

export const PutQuantityBreaksBody = Type.Object({
  unitId: Type.Optional(Nullable(Id)),
  levelId: Type.Optional(Nullable(Id)),
  tiers: Type.Array(
    Type.Object({
      minQuantity: Type.Integer({ minimum: 2, maximum: 1e9, description: 'in the unit, ≥ 2, increasing' }),
      price: Fen,
    }),
    { maxItems: 20, description: 'replaces every break of this (unit, level); [] removes them' },
  ),
  ...WindowInput,
});
