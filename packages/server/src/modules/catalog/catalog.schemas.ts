import { type Static, Type } from 'typebox';
import { Paged, PageQuery } from '../../lib/pagination.ts';
import { Id, Nullable } from '../../lib/schema-types.ts';

const Fen = (description: string) => Type.Integer({ minimum: 0, maximum: 1e12, description });
const Name = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const Status = Type.Union([Type.Literal('on'), Type.Literal('off')], { description: 'on = 上架, off = 下架' });
const UnitName = Type.String({ minLength: 1, maxLength: 8, description: '瓶, 箱, 件 …' });
const Code = Type.String({ minLength: 1, maxLength: 64, pattern: '^\\S+$' });
const Barcode = Type.String({ minLength: 1, maxLength: 64, pattern: '^\\S+$' });

// ---- categories and brands ----

export const CategoryView = Type.Object({
  id: Id,
  parentId: Nullable(Id),
  name: Type.String(),
  sort: Type.Integer(),
  productCount: Type.Integer({ description: 'products on shelf in this category and its descendants' }),
});

export const CreateCategoryBody = Type.Object({
  name: Name(32),
  parentId: Type.Optional(Nullable(Id)),
  sort: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
});
export const UpdateCategoryBody = Type.Partial(CreateCategoryBody);

export const BrandView = Type.Object({
  id: Id,
  name: Type.String(),
  sort: Type.Integer(),
  productCount: Type.Integer(),
});
export const CreateBrandBody = Type.Object({
  name: Name(32),
  sort: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
});
export const UpdateBrandBody = Type.Partial(CreateBrandBody);

// ---- products: input ----

export const UnitInput = Type.Object({
  id: Type.Optional(Id),
  name: UnitName,
  factor: Type.Integer({ minimum: 2, maximum: 100000, description: 'base units in one of this unit (箱 = 24 瓶)' }),
  price: Type.Optional(Nullable(Fen('price of one of this unit; null = factor × the base price'))),
  barcode: Type.Optional(Nullable(Barcode)),
  retailPrice: Type.Optional(Nullable(Fen('suggested retail price of one of this unit'))),
  isDefault: Type.Optional(Type.Boolean({ description: 'the unit the portal offers first' })),
});

export const SkuInput = Type.Object({
  id: Type.Optional(Id),
  code: Code,
  price: Fen('base wholesale price of one base unit'),
  name: Type.Optional(Type.String({ maxLength: 100 })),
  barcode: Type.Optional(Nullable(Barcode)),
  specs: Type.Optional(
    Type.Record(Type.String({ minLength: 1, maxLength: 20 }), Type.String({ maxLength: 50 }), {
      maxProperties: 10,
      description: 'spec values by spec name, e.g. {"口味": "原味"}',
    }),
  ),
  unit: Type.Optional(UnitName),
  retailPrice: Type.Optional(Nullable(Fen('suggested retail price of one base unit'))),
  minOrderQty: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000000, description: 'in base units' })),
  orderStep: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000000, description: 'in base units' })),
  status: Type.Optional(Status),
  units: Type.Optional(Type.Array(UnitInput, { maxItems: 10 })),
});

const productFields = {
  name: Name(100),
  subtitle: Type.Optional(Type.String({ maxLength: 200 })),
  categoryId: Type.Optional(Nullable(Id)),
  brandId: Type.Optional(Nullable(Id)),
  unit: Type.Optional(UnitName),
  description: Type.Optional(Type.String({ maxLength: 100000, description: 'HTML; sanitised to a safe subset' })),
  specNames: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 20 }), { maxItems: 10 })),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 20 }), { maxItems: 20 })),
  visibleLevelIds: Type.Optional(
    Type.Array(Id, { maxItems: 100, description: 'customer levels that see the product; empty = all' }),
  ),
  status: Type.Optional(Status),
  sort: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
};

export const CreateProductBody = Type.Object({
  ...productFields,
  skus: Type.Array(SkuInput, { minItems: 1, maxItems: 200 }),
});
export const UpdateProductBody = Type.Object({
  ...productFields,
  name: Type.Optional(Name(100)),
  skus: Type.Optional(
    Type.Array(SkuInput, {
      minItems: 1,
      maxItems: 200,
      description: 'replaces the set: entries with id update, without id create, missing ones are deleted',
    }),
  ),
});
export type CreateProductInput = Static<typeof CreateProductBody>;
export type UpdateProductInput = Static<typeof UpdateProductBody>;
export type SkuInputT = Static<typeof SkuInput>;

export const BatchBody = Type.Object({
  ids: Type.Array(Id, { minItems: 1, maxItems: 500 }),
  action: Type.Union([Type.Literal('on'), Type.Literal('off'), Type.Literal('delete')]),
});

export const ProductListQuery = Type.Object({
  ...PageQuery,
  q: Type.Optional(Type.String({ maxLength: 64, description: 'name, SKU code, barcode, pinyin or its initials' })),
  categoryId: Type.Optional(Id),
  brandId: Type.Optional(Id),
  status: Type.Optional(Status),
  tag: Type.Optional(Type.String({ maxLength: 20 })),
});

// ---- products: output ----

export const UnitView = Type.Object({
  id: Id,
  name: Type.String(),
  factor: Type.Integer(),
  price: Type.Integer({ description: 'fen per unit; the caller’s own price for a customer' }),
  barcode: Nullable(Type.String()),
});

export const TierView = Type.Object({
  unitId: Nullable(Id),
  minQuantity: Type.Integer(),
  unitPrice: Type.Integer({ description: 'fen' }),
});

export const SkuView = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  specs: Type.Record(Type.String(), Type.String()),
  barcode: Nullable(Type.String()),
  unit: Type.String(),
  price: Type.Integer({
    description: 'fen per base unit; base price for staff, the caller’s own price for a customer',
  }),
  retailPrice: Nullable(Type.Integer()),
  available: Nullable(
    Type.Integer({
      description:
        'base units available to order: on hand less reserved over active warehouses; null for a customer when the supplier hides stock numbers',
    }),
  ),
  stockStatus: Type.Enum(['in', 'low', 'out'], {
    description: '有货 / 库存紧张 (below max(10, 3 × minOrderQty)) / 缺货',
  }),
  minOrderQty: Type.Integer(),
  orderStep: Type.Integer(),
  status: Status,
  units: Type.Array(UnitView),
});

export const ProductListItem = Type.Object({
  id: Id,
  name: Type.String(),
  subtitle: Type.String(),
  categoryId: Nullable(Id),
  categoryName: Nullable(Type.String()),
  brandId: Nullable(Id),
  brandName: Nullable(Type.String()),
  status: Status,
  tags: Type.Array(Type.String()),
  unit: Type.String(),
  thumbUrl: Nullable(Type.String()),
  skus: Type.Array(SkuView),
});
export const ProductList = Paged(ProductListItem);

export const ImageView = Type.Object({
  id: Id,
  url: Type.String(),
  thumbUrl: Type.String(),
  width: Type.Integer(),
  height: Type.Integer(),
});

export const UnitDetail = Type.Object({
  ...UnitView.properties,
  retailPrice: Nullable(Type.Integer()),
  isDefault: Type.Boolean(),
});

export const SkuDetail = Type.Object({
  ...SkuView.properties,
  units: Type.Array(UnitDetail),
  tiers: Type.Optional(Type.Array(TierView, { description: 'customers only: quantity breaks (阶梯价)' })),
});

export const ProductDetail = Type.Object({
  ...ProductListItem.properties,
  description: Type.String(),
  specNames: Type.Array(Type.String()),
  visibleLevelIds: Type.Array(Id),
  sort: Type.Integer(),
  images: Type.Array(ImageView),
  skus: Type.Array(SkuDetail),
});

export type ProductDetailT = Static<typeof ProductDetail>;
export type ProductListItemT = Static<typeof ProductListItem>;

export const ImageParams = Type.Object({ id: Id, imageId: Id });
export const ImageOrderBody = Type.Object({ ids: Type.Array(Id, { maxItems: 100 }) });
