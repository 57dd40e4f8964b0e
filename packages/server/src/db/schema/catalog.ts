import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const categories = pgTable(
  'categories',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    parentId: bigint('parent_id', { mode: 'number' }).references((): AnyPgColumn => categories.id),
    name: text('name').notNull(),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [index('categories_parent_idx').on(t.parentId)],
);

export const brands = pgTable(
  'brands',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [uniqueIndex('brands_name_uq').on(t.name)],
);

export const products = pgTable(
  'products',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    subtitle: text('subtitle').notNull().default(''),
    categoryId: bigint('category_id', { mode: 'number' }).references(() => categories.id),
    brandId: bigint('brand_id', { mode: 'number' }).references(() => brands.id),
    /** Default base unit for new SKUs (瓶, 箱, 件). */
    unit: text('unit').notNull().default('件'),
    status: text('status', { enum: ['on', 'off'] })
      .notNull()
      .default('on'),
    /** Rich description (sanitised HTML). */
    description: text('description').notNull().default(''),
    /** Names of the spec attributes the SKUs vary by, e.g. {口味, 规格}. */
    specNames: text('spec_names').array().notNull().default(sql`'{}'::text[]`),
    /** new, hot, promo, or the supplier's own. */
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** Customer levels that may see the product; empty means every level. */
    visibleLevelIds: bigint('visible_level_ids', { mode: 'number' }).array().notNull().default(sql`'{}'::bigint[]`),
    sort: integer('sort').notNull().default(0),
    /** On-shelf SKUs of the product, kept by a trigger on skus (migration 0005): lists filter on it cheaply. */
    onSkuCount: integer('on_sku_count').notNull().default(0),
    /**
     * Lower-case name, full pinyin, pinyin initials, brand, SKU codes, names and barcodes, computed
     * at write time; a trigram index makes substring search fast.
     */
    searchText: text('search_text').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('products_category_idx').on(t.categoryId),
    index('products_brand_idx').on(t.brandId),
    index('products_sort_idx').on(t.sort, t.id),
    index('products_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

export const productImages = pgTable(
  'product_images',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    productId: bigint('product_id', { mode: 'number' })
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    /** Paths relative to DATA_DIR/uploads. */
    path: text('path').notNull(),
    thumbPath: text('thumb_path').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    size: integer('size').notNull(),
    sort: integer('sort').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('product_images_product_idx').on(t.productId, t.sort)],
);

/** A sellable variant of a product; `price` is the base wholesale price of one base unit, in fen. */
export const skus = pgTable(
  'skus',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    productId: bigint('product_id', { mode: 'number' })
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull().default(''),
    /** Spec values by spec name, e.g. {"口味": "原味", "规格": "500ml"}. */
    specs: jsonb('specs').$type<Record<string, string>>().notNull().default({}),
    barcode: text('barcode'),
    /** Base unit: quantities are counted in it. */
    unit: text('unit').notNull().default('件'),
    price: bigint('price', { mode: 'number' }).notNull(),
    retailPrice: bigint('retail_price', { mode: 'number' }),
    /** Minimum order quantity and order step, in base units. */
    minOrderQty: integer('min_order_qty').notNull().default(1),
    orderStep: integer('order_step').notNull().default(1),
    /** Orders beyond available stock are accepted (the shortfall is backordered) instead of refused. */
    allowBackorder: boolean('allow_backorder').notNull().default(false),
    /** Stock is kept in batches with expiry dates (food, medicine), shipped first-expiry-first-out. */
    trackBatches: boolean('track_batches').notNull().default(false),
    status: text('status', { enum: ['on', 'off'] })
      .notNull()
      .default('on'),
    sort: integer('sort').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('skus_code_uq').on(t.code),
    index('skus_product_idx').on(t.productId),
    index('skus_barcode_idx').on(t.barcode),
  ],
);

/**
 * Larger units a SKU also sells in (箱 = 24 瓶). `price` null means factor × the base price.
 * The base unit itself is the SKU's `unit` and has no row here.
 */
export const skuUnits = pgTable(
  'sku_units',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    skuId: bigint('sku_id', { mode: 'number' })
      .notNull()
      .references(() => skus.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    factor: integer('factor').notNull(),
    barcode: text('barcode'),
    price: bigint('price', { mode: 'number' }),
    retailPrice: bigint('retail_price', { mode: 'number' }),
    /** The unit the portal offers first. */
    isDefault: boolean('is_default').notNull().default(false),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [uniqueIndex('sku_units_sku_name_uq').on(t.skuId, t.name), index('sku_units_barcode_idx').on(t.barcode)],
);
