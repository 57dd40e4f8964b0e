import { sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { audit } from '../../lib/audit.ts';
import { pgArray, pgColumns, queryRows, textArray } from '../../lib/sql.ts';
import type { ImportColumn, ImportHandler, RowError } from '../imports/import.types.ts';
import { productFilter } from './products.query.ts';
import { refreshSearchText } from './search-refresh.ts';

/**
 * Products from and to Excel, one row per SKU: rows with the same 商品名称 form one product; a SKU
 * code that exists updates that SKU (and its product), others are created. Empty optional cells keep
 * what an existing product or SKU has. Unknown category paths are errors; unknown brands are created.
 */

const columns = [
  { key: 'name', header: '商品名称', required: true, example: '可口可乐', width: 20 },
  { key: 'category', header: '分类', example: '饮料/碳酸饮料', width: 18 },
  { key: 'brand', header: '品牌', example: '可口可乐' },
  { key: 'unit', header: '单位', example: '瓶' },
  { key: 'code', header: 'SKU编码', required: true, example: 'KKL-500', width: 16 },
  { key: 'specs', header: '规格名称', example: '口味:原味;规格:500ml', width: 22 },
  { key: 'barcode', header: '条码', example: '6901234567890', width: 16 },
  { key: 'price', header: '批发价', required: true, example: '2.50' },
  { key: 'retailPrice', header: '建议零售价', example: '3.50' },
  { key: 'auxUnit', header: '辅助单位', example: '箱' },
  { key: 'factor', header: '换算', example: '24' },
  { key: 'auxPrice', header: '辅助单位价格', example: '58.00' },
  { key: 'auxBarcode', header: '辅助单位条码', example: '16901234567897', width: 16 },
  { key: 'minOrderQty', header: '起订量', example: '1' },
  { key: 'orderStep', header: '订货倍数', example: '1' },
  { key: 'status', header: '上架', example: '是' },
  { key: 'tags', header: '标签', example: 'new,hot' },
] as const satisfies ImportColumn[];

type Key = (typeof columns)[number]['key'];
const header = Object.fromEntries(columns.map((c) => [c.key, c.header])) as Record<Key, string>;

/** A validated row; null fields were empty in the sheet. Stored as JSON until the import runs. */
export interface ProductImportRow {
  name: string;
  categoryId: number | null;
  brand: string | null;
  unit: string | null;
  code: string;
  specs: Record<string, string> | null;
  barcode: string | null;
  price: number;
  retailPrice: number | null;
  auxUnit: string | null;
  factor: number | null;
  auxPrice: number | null;
  auxBarcode: string | null;
  minOrderQty: number | null;
  orderStep: number | null;
  status: 'on' | 'off' | null;
  tags: string[] | null;
}

// ---- cells ----

/** "2.5" yuan → 250 fen, exactly (no floating point). */
export function yuanToFen(text: string): number | null {
  const m = /^(\d{1,10})(?:\.(\d{1,2}))?$/.exec(text);
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : null;
}
export const fenToYuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

const positiveInt = (text: string, min: number) =>
  /^\d{1,7}$/.test(text) && Number(text) >= min ? Number(text) : null;

const yes = new Set(['是', 'y', 'yes', 'on', '1', 'true', '上架']);
const no = new Set(['否', 'n', 'no', 'off', '0', 'false', '下架']);

function parseSpecs(text: string): Record<string, string> | null {
  const specs: Record<string, string> = {};
  for (const part of text
    .split(/[;；]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([^:：]{1,20})[:：](.{1,50})$/.exec(part);
    if (!m) return null;
    specs[m[1].trim()] = m[2].trim();
  }
  return specs;
}

/** Every category as its path from the root, 饮料/碳酸饮料 → id, and back. */
async function categoryPaths(db: DbOrTx): Promise<{ byPath: Map<string, number>; byId: Map<number, string> }> {
  const rows = await queryRows<{ id: number; parentId: number | null; name: string }>(
    db,
    sql`SELECT id::int AS id, parent_id::int AS "parentId", name FROM categories`,
  );
  const byKey = new Map(rows.map((r) => [r.id, r]));
  const byId = new Map<number, string>();
  const pathOf = (id: number, depth = 0): string => {
    const known = byId.get(id);
    if (known !== undefined) return known;
    const row = byKey.get(id)!;
    const parent = row.parentId !== null && depth < 50 ? `${pathOf(row.parentId, depth + 1)}/` : '';
    const path = parent + row.name;
    byId.set(id, path);
    return path;
  };
  for (const r of rows) pathOf(r.id);
  return { byPath: new Map([...byId].map(([id, path]) => [path, id])), byId };
}

// ---- validation ----

async function validate(db: DbOrTx, raw: Record<string, string>[]) {
  const errors: RowError[] = [];
  const { byPath } = await categoryPaths(db);
  const barcodes = raw.flatMap((r) => [r.barcode, r.auxBarcode]).filter(Boolean);
  // Barcodes held by SKUs (or their units) with another code cannot be reused.
  const heldBarcodes = new Map(
    (
      await queryRows<{ barcode: string; code: string }>(
        db,
        sql`SELECT barcode, code FROM skus WHERE barcode = ANY(${textArray(barcodes)})
            UNION ALL
            SELECT u.barcode, s.code FROM sku_units u JOIN skus s ON s.id = u.sku_id
             WHERE u.barcode = ANY(${textArray(barcodes)})`,
      )
    ).map((r) => [r.barcode, r.code]),
  );
  const seenCodes = new Map<string, number>();
  const seenBarcodes = new Map<string, number>();
  const productOf = new Map<string, { row: number; category: string; brand: string }>();

  const rows = raw.map((cells, index): ProductImportRow | null => {
    const row = index + 2;
    const before = errors.length;
    const fail = (key: Key, message: string) => errors.push({ row, column: header[key], message });
    for (const c of columns) if ('required' in c && !cells[c.key]) fail(c.key, '必填 / required');

    const name = cells.name.slice(0, 100);
    const categoryId = cells.category ? (byPath.get(cells.category.replace(/\s*\/\s*/g, '/')) ?? null) : null;
    if (cells.category && categoryId === null) fail('category', `分类不存在 / unknown category ${cells.category}`);
    if (name) {
      // One product, one category and brand: later rows must not contradict the first.
      const first = productOf.get(name);
      if (!first) productOf.set(name, { row, category: cells.category, brand: cells.brand });
      else {
        if (cells.category && first.category && cells.category !== first.category)
          fail('category', `与第 ${first.row} 行的分类不同 / differs from row ${first.row}`);
        if (cells.brand && first.brand && cells.brand !== first.brand)
          fail('brand', `与第 ${first.row} 行的品牌不同 / differs from row ${first.row}`);
      }
    }
    if (cells.code) {
      if (!/^\S{1,64}$/.test(cells.code)) fail('code', '编码不能含空格，最长 64 / no spaces, at most 64 characters');
      const dup = seenCodes.get(cells.code);
      if (dup) fail('code', `与第 ${dup} 行重复 / same code as row ${dup}`);
      else seenCodes.set(cells.code, row);
    }
    for (const key of ['barcode', 'auxBarcode'] as const) {
      const barcode = cells[key];
      if (!barcode) continue;
      const dup = seenBarcodes.get(barcode);
      const owner = heldBarcodes.get(barcode);
      if (dup) fail(key, `条码与第 ${dup} 行重复 / same barcode as row ${dup}`);
      else if (owner !== undefined && owner !== cells.code) fail(key, `条码已被 ${owner} 使用 / used by SKU ${owner}`);
      seenBarcodes.set(barcode, row);
    }
    const money = (key: 'price' | 'retailPrice' | 'auxPrice') => {
      if (!cells[key]) return null;
      const fen = yuanToFen(cells[key]);
      if (fen === null) fail(key, '金额格式应为 12.50 / a price in yuan like 12.50');
      return fen;
    };
    const price = money('price');
    const retailPrice = money('retailPrice');
    const auxPrice = money('auxPrice');
    const int = (key: 'factor' | 'minOrderQty' | 'orderStep', min: number) => {
      if (!cells[key]) return null;
      const n = positiveInt(cells[key], min);
      if (n === null) fail(key, `应为不小于 ${min} 的整数 / a whole number ≥ ${min}`);
      return n;
    };
    const factor = int('factor', 2);
    const minOrderQty = int('minOrderQty', 1);
    const orderStep = int('orderStep', 1);
    if (cells.auxUnit && !cells.factor) fail('factor', '有辅助单位时必填 / required with an auxiliary unit');
    if (!cells.auxUnit && (cells.factor || cells.auxPrice || cells.auxBarcode))
      fail('auxUnit', '填写了换算、价格或条码时必填 / required with a factor, price or barcode');
    if (cells.auxUnit && cells.auxUnit === (cells.unit || '件'))
      fail('auxUnit', '不能与单位相同 / must differ from the base unit');
    for (const key of ['unit', 'auxUnit'] as const)
      if (cells[key].length > 8) fail(key, '最长 8 个字 / at most 8 characters');
    const status = cells.status
      ? yes.has(cells.status.toLowerCase())
        ? 'on'
        : no.has(cells.status.toLowerCase())
          ? 'off'
          : null
      : null;
    if (cells.status && !status) fail('status', '应为 是 或 否 / 是 or 否');
    const specs = cells.specs ? parseSpecs(cells.specs) : null;
    if (cells.specs && !specs) fail('specs', '格式应为 口味:原味;规格:500ml / like 口味:原味;规格:500ml');
    const tags = cells.tags
      ? [
          ...new Set(
            cells.tags
              .split(/[,，]/)
              .map((t) => t.trim())
              .filter(Boolean),
          ),
        ]
      : null;
    if (tags?.some((t) => t.length > 20) || (tags?.length ?? 0) > 20)
      fail('tags', '最多 20 个，每个最长 20 / at most 20 tags of 20 characters');

    if (errors.length > before) return null;
    return {
      name,
      categoryId,
      brand: cells.brand ? cells.brand.slice(0, 32) : null,
      unit: cells.unit || null,
      code: cells.code,
      specs,
      barcode: cells.barcode || null,
      price: price!,
      retailPrice,
      auxUnit: cells.auxUnit || null,
      factor,
      auxPrice,
      auxBarcode: cells.auxBarcode || null,
      minOrderQty,
      orderStep,
      status,
      tags,
    };
  });
  return { rows, errors };
}

// ---- writing ----

/** Writes one batch in a few statements: brands, products (insert + update), SKUs (insert + update), units. */
async function write(tx: Tx, rows: ProductImportRow[], actor: Parameters<typeof audit>[1]) {
  // Brands: created when missing.
  const brandNames = [...new Set(rows.flatMap((r) => (r.brand ? [r.brand] : [])))];
  const brandIds = new Map<string, number>();
  if (brandNames.length) {
    await tx.execute(
      sql`INSERT INTO brands (name) SELECT unnest(${textArray(brandNames)}) ON CONFLICT (name) DO NOTHING`,
    );
    for (const b of await queryRows<{ id: number; name: string }>(
      tx,
      sql`SELECT id::int AS id, name FROM brands WHERE name = ANY(${textArray(brandNames)})`,
    ))
      brandIds.set(b.name, b.id);
  }

  // Which product each name is: the product of one of its existing SKUs, else one with that name, else new.
  const existingSkus = new Map(
    (
      await queryRows<{ id: number; code: string; productId: number }>(
        tx,
        sql`SELECT id::int AS id, code, product_id::int AS "productId" FROM skus
             WHERE code = ANY(${textArray(rows.map((r) => r.code))})`,
      )
    ).map((s) => [s.code, s]),
  );
  const groups = new Map<string, ProductImportRow[]>();
  for (const r of rows) groups.set(r.name, [...(groups.get(r.name) ?? []), r]);
  const productIdOf = new Map<string, number>();
  for (const [name, group] of groups) {
    const known = group.find((r) => existingSkus.has(r.code));
    if (known) productIdOf.set(name, existingSkus.get(known.code)!.productId);
  }
  const unmatched = [...groups.keys()].filter((n) => !productIdOf.has(n));
  if (unmatched.length) {
    for (const p of await queryRows<{ id: number; name: string }>(
      tx,
      sql`SELECT DISTINCT ON (name) id::int AS id, name FROM products
           WHERE name = ANY(${textArray(unmatched)}) ORDER BY name, id`,
    ))
      productIdOf.set(p.name, p.id);
  }

  const productFields = (group: ProductImportRow[]) => {
    const first = <T>(pick: (r: ProductImportRow) => T | null) => group.map(pick).find((v) => v !== null) ?? null;
    const statuses = group.map((r) => r.status).filter((s) => s !== null);
    const brand = first((r) => r.brand);
    return {
      categoryId: first((r) => r.categoryId),
      brandId: brand === null ? null : (brandIds.get(brand) ?? null),
      unit: first((r) => r.unit),
      tags: first((r) => r.tags),
      // On the shelf when any of its rows says 是.
      status: statuses.length ? (statuses.includes('on') ? 'on' : 'off') : null,
    } as const;
  };

  const fresh = [...groups].filter(([name]) => !productIdOf.has(name));
  const matched = [...groups].filter(([name]) => productIdOf.has(name));
  const fields = (list: [string, ProductImportRow[]][]) =>
    pgColumns(
      list.map(([name, group]) => ({ name, ...productFields(group) })),
      {
        names: ['text', (x) => x.name],
        categories: ['bigint', (x) => x.categoryId],
        brands: ['bigint', (x) => x.brandId],
        units: ['text', (x) => x.unit],
        tags: ['jsonb', (x) => x.tags],
        statuses: ['text', (x) => x.status],
      },
    );
  const tagsOf = sql`ARRAY(SELECT jsonb_array_elements_text(v.tags))`;
  if (fresh.length) {
    const f = fields(fresh);
    const inserted = await queryRows<{ id: number; name: string }>(
      tx,
      sql`INSERT INTO products (name, category_id, brand_id, unit, tags, status)
          SELECT v.name, v.category_id, v.brand_id, coalesce(v.unit, '件'), coalesce(${tagsOf}, '{}'), coalesce(v.status, 'on')
            FROM unnest(${f.names}, ${f.categories}, ${f.brands}, ${f.units}, ${f.tags}, ${f.statuses})
              AS v(name, category_id, brand_id, unit, tags, status)
          RETURNING id::int AS id, name`,
    );
    for (const p of inserted) productIdOf.set(p.name, p.id);
  }
  if (matched.length) {
    const f = fields(matched);
    await tx.execute(sql`
      UPDATE products p SET name = v.name,
             category_id = coalesce(v.category_id, p.category_id), brand_id = coalesce(v.brand_id, p.brand_id),
             unit = coalesce(v.unit, p.unit), status = coalesce(v.status, p.status),
             tags = CASE WHEN v.tags IS NULL THEN p.tags ELSE ${tagsOf} END, updated_at = now()
        FROM unnest(${pgArray(
          matched.map(([name]) => productIdOf.get(name)!),
          'bigint',
        )}, ${f.names}, ${f.categories}, ${f.brands}, ${f.units}, ${f.tags}, ${f.statuses})
          AS v(id, name, category_id, brand_id, unit, tags, status)
       WHERE p.id = v.id`);
  }

  // SKUs: an existing code is updated (and follows its product), a new one inserted.
  const skuColumns = (list: ProductImportRow[]) =>
    pgColumns(list, {
      productIds: ['bigint', (r) => productIdOf.get(r.name)!],
      codes: ['text', (r) => r.code],
      specs: ['jsonb', (r) => r.specs],
      barcodes: ['text', (r) => r.barcode],
      units: ['text', (r) => r.unit],
      prices: ['bigint', (r) => r.price],
      retail: ['bigint', (r) => r.retailPrice],
      moq: ['int', (r) => r.minOrderQty],
      steps: ['int', (r) => r.orderStep],
      statuses: ['text', (r) => r.status],
    });
  const newSkus = rows.filter((r) => !existingSkus.has(r.code));
  const skuIdOf = new Map([...existingSkus].map(([code, s]) => [code, s.id]));
  if (newSkus.length) {
    const c = skuColumns(newSkus);
    const inserted = await queryRows<{ id: number; code: string }>(
      tx,
      sql`INSERT INTO skus (product_id, code, specs, name, barcode, unit, price, retail_price, min_order_qty, order_step, status, sort)
          SELECT v.product_id, v.code, coalesce(v.specs, '{}'),
                 coalesce((SELECT string_agg(value, ' ') FROM jsonb_each_text(v.specs)), ''), v.barcode,
                 coalesce(v.unit, '件'), v.price, v.retail_price, coalesce(v.moq, 1), coalesce(v.step, 1),
                 coalesce(v.status, 'on'), v.ord
            FROM unnest(${c.productIds}, ${c.codes}, ${c.specs}, ${c.barcodes}, ${c.units}, ${c.prices}, ${c.retail},
                        ${c.moq}, ${c.steps}, ${c.statuses}) WITH ORDINALITY
              AS v(product_id, code, specs, barcode, unit, price, retail_price, moq, step, status, ord)
          RETURNING id::int AS id, code`,
    );
    for (const s of inserted) skuIdOf.set(s.code, s.id);
  }
  const updates = rows.filter((r) => existingSkus.has(r.code));
  if (updates.length) {
    const c = skuColumns(updates);
    await tx.execute(sql`
      UPDATE skus s SET product_id = v.product_id, price = v.price,
             specs = coalesce(v.specs, s.specs), barcode = coalesce(v.barcode, s.barcode), unit = coalesce(v.unit, s.unit),
             retail_price = coalesce(v.retail_price, s.retail_price), min_order_qty = coalesce(v.moq, s.min_order_qty),
             order_step = coalesce(v.step, s.order_step), status = coalesce(v.status, s.status)
        FROM unnest(${pgArray(
          updates.map((r) => skuIdOf.get(r.code)!),
          'bigint',
        )}, ${c.productIds}, ${c.prices}, ${c.specs}, ${c.barcodes}, ${c.units}, ${c.retail}, ${c.moq}, ${c.steps},
                    ${c.statuses})
          AS v(id, product_id, price, specs, barcode, unit, retail_price, moq, step, status)
       WHERE s.id = v.id`);
  }

  // The auxiliary unit of a row: added, or updated by name; other units of the SKU stay.
  const withUnits = rows.filter((r) => r.auxUnit);
  if (withUnits.length) {
    const u = pgColumns(withUnits, {
      skuIds: ['bigint', (r) => skuIdOf.get(r.code)!],
      names: ['text', (r) => r.auxUnit],
      factors: ['int', (r) => r.factor],
      prices: ['bigint', (r) => r.auxPrice],
      barcodes: ['text', (r) => r.auxBarcode],
    });
    await tx.execute(sql`
      INSERT INTO sku_units (sku_id, name, factor, price, barcode)
      SELECT * FROM unnest(${u.skuIds}, ${u.names}, ${u.factors}, ${u.prices}, ${u.barcodes})
      ON CONFLICT (sku_id, name) DO UPDATE
        SET factor = excluded.factor, price = excluded.price, barcode = coalesce(excluded.barcode, sku_units.barcode)`);
  }

  const productIds = [...new Set(rows.map((r) => productIdOf.get(r.name)!))];
  await refreshSearchText(tx, productIds);
  const counts = { created: newSkus.length, updated: updates.length };
  await audit(tx, actor, {
    action: 'product.imported',
    targetType: 'product',
    details: { ...counts, products: productIds.length },
  });
  return counts;
}

// ---- export ----

async function exportRows(
  db: DbOrTx,
  user: Parameters<typeof productFilter>[0],
  filter: Record<string, string | undefined>,
): Promise<Record<string, string | number | null>[]> {
  const id = (v: string | undefined) => (v && /^\d{1,15}$/.test(v) ? Number(v) : undefined);
  const where = productFilter(user, {
    q: filter.q,
    categoryId: id(filter.categoryId),
    brandId: id(filter.brandId),
    status: filter.status === 'on' || filter.status === 'off' ? filter.status : undefined,
    tag: filter.tag,
  });
  const { byId } = await categoryPaths(db);
  const rows = await queryRows<{
    name: string;
    categoryId: number | null;
    brand: string | null;
    unit: string;
    code: string;
    specs: Record<string, string>;
    barcode: string | null;
    price: number;
    retailPrice: number | null;
    auxUnit: string | null;
    factor: number | null;
    auxPrice: number | null;
    auxBarcode: string | null;
    minOrderQty: number;
    orderStep: number;
    on: boolean;
    tags: string[];
  }>(
    db,
    sql`SELECT p.name, p.category_id::int AS "categoryId", b.name AS brand, s.unit, s.code, s.specs, s.barcode,
               s.price::float8 AS price, s.retail_price::float8 AS "retailPrice", u.name AS "auxUnit", u.factor,
               u.price::float8 AS "auxPrice", u.barcode AS "auxBarcode",
               s.min_order_qty AS "minOrderQty", s.order_step AS "orderStep",
               (p.status = 'on' AND s.status = 'on') AS on, p.tags
          FROM products p
          JOIN skus s ON s.product_id = p.id
          LEFT JOIN brands b ON b.id = p.brand_id
          LEFT JOIN LATERAL (SELECT * FROM sku_units WHERE sku_id = s.id ORDER BY sort, id LIMIT 1) u ON true
         WHERE ${where}
         ORDER BY p.sort, p.id, s.sort, s.id`,
  );
  return rows.map((r) => ({
    name: r.name,
    category: r.categoryId === null ? null : (byId.get(r.categoryId) ?? null),
    brand: r.brand,
    unit: r.unit,
    code: r.code,
    specs:
      Object.entries(r.specs)
        .map(([k, v]) => `${k}:${v}`)
        .join(';') || null,
    barcode: r.barcode,
    price: fenToYuan(r.price),
    retailPrice: r.retailPrice === null ? null : fenToYuan(r.retailPrice),
    auxUnit: r.auxUnit,
    factor: r.factor,
    auxPrice: r.auxPrice === null ? null : fenToYuan(r.auxPrice),
    auxBarcode: r.auxBarcode,
    minOrderQty: r.minOrderQty,
    orderStep: r.orderStep,
    status: r.on ? '是' : '否',
    tags: r.tags.join(',') || null,
  }));
}

// Products are not scoped per user: every holder of products:create sees the whole catalog.
export const productsImport: ImportHandler<ProductImportRow> = {
  kind: 'products',
  importPermission: 'products:create',
  exportPermission: 'products:export',
  columns,
  validate,
  write,
  exportRows,
};
