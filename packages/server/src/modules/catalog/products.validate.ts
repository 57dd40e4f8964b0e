import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { AppError, type FieldError, validationFailed } from '../../lib/errors.ts';
import { bigintArray, queryRows, textArray } from '../../lib/sql.ts';
import type { SkuInputT } from './catalog.schemas.ts';

/** What an update may change: the product's current SKUs and their units. */
export interface ExistingSkus {
  productId: number;
  skus: Map<number, { unit: string; unitIds: Set<number> }>;
}

interface References {
  categoryId?: number | null;
  brandId?: number | null;
  visibleLevelIds?: number[];
}

/** Category, brand and customer levels named by a product body must exist (400 with the field's path). */
export async function checkReferences(db: DbOrTx, input: References): Promise<void> {
  const levelIds = input.visibleLevelIds ?? [];
  const [found] = await queryRows<{ category: boolean; brand: boolean; levels: number[] | null }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM categories WHERE id = ${input.categoryId ?? 0}) AS category,
               EXISTS (SELECT 1 FROM brands WHERE id = ${input.brandId ?? 0}) AS brand,
               (SELECT array_agg(id::int) FROM customer_levels WHERE id = ANY(${bigintArray(levelIds)})) AS levels`,
  );
  const fields: FieldError[] = [];
  if (input.categoryId && !found.category)
    fields.push({
      path: '/body/categoryId',
      message: `分类 ${input.categoryId} 不存在 / category ${input.categoryId} does not exist`,
    });
  if (input.brandId && !found.brand)
    fields.push({
      path: '/body/brandId',
      message: `品牌 ${input.brandId} 不存在 / brand ${input.brandId} does not exist`,
    });
  const levels = new Set((found.levels ?? []).map(Number));
  for (const [i, id] of levelIds.entries()) {
    if (!levels.has(id))
      fields.push({
        path: `/body/visibleLevelIds/${i}`,
        message: `客户等级 ${id} 不存在 / customer level ${id} does not exist`,
      });
  }
  if (fields.length) throw validationFailed(fields);
}

/**
 * Checks a product's SKU set as it will be after the write: codes and barcodes unique (in the body
 * and against other products: 409), units valid per SKU, ids belonging to this product. `defaultUnit`
 * is the base unit a SKU gets when it names none.
 */
export async function checkSkus(
  db: DbOrTx,
  skus: SkuInputT[],
  defaultUnit: string,
  existing: ExistingSkus | null,
): Promise<void> {
  const fields: FieldError[] = [];
  const codes = new Map<string, number>();
  const barcodes = new Map<string, string>();
  const claimBarcode = (barcode: string | null | undefined, path: string) => {
    if (!barcode) return;
    const first = barcodes.get(barcode);
    if (first)
      fields.push({ path, message: `条码 ${barcode} 与 ${first} 重复 / barcode ${barcode} is also used at ${first}` });
    else barcodes.set(barcode, path);
  };
  for (const [i, sku] of skus.entries()) {
    const at = `/body/skus/${i}`;
    const current = sku.id === undefined ? undefined : existing?.skus.get(sku.id);
    if (sku.id !== undefined && !current)
      fields.push({
        path: `${at}/id`,
        message: `SKU ${sku.id} 不属于该商品 / SKU ${sku.id} does not belong to this product`,
      });
    if (codes.has(sku.code))
      fields.push({ path: `${at}/code`, message: `SKU 编码 ${sku.code} 重复 / SKU code ${sku.code} appears twice` });
    else codes.set(sku.code, i);
    claimBarcode(sku.barcode, `${at}/barcode`);
    const baseUnit = sku.unit ?? current?.unit ?? defaultUnit;
    const unitNames = new Set<string>();
    let defaults = 0;
    for (const [j, unit] of (sku.units ?? []).entries()) {
      const uat = `${at}/units/${j}`;
      if (unit.id !== undefined && !current?.unitIds.has(unit.id))
        fields.push({
          path: `${uat}/id`,
          message: `单位 ${unit.id} 不属于该 SKU / unit ${unit.id} does not belong to this SKU`,
        });
      if (unit.name === baseUnit)
        fields.push({
          path: `${uat}/name`,
          message: `「${unit.name}」已是基本单位 / unit ${unit.name} is the SKU's base unit`,
        });
      else if (unitNames.has(unit.name))
        fields.push({ path: `${uat}/name`, message: `单位「${unit.name}」重复 / unit ${unit.name} appears twice` });
      unitNames.add(unit.name);
      if (unit.isDefault && ++defaults > 1)
        fields.push({ path: `${uat}/isDefault`, message: '只能有一个默认单位 / only one unit can be the default' });
      claimBarcode(unit.barcode, `${uat}/barcode`);
    }
  }
  if (fields.length) throw validationFailed(fields);

  // Against the database: codes and barcodes of other products (this product's final set is the body).
  const productId = existing?.productId ?? 0;
  const taken = await queryRows<{ kind: 'code' | 'barcode'; value: string }>(
    db,
    sql`SELECT 'code' AS kind, code AS value FROM skus
         WHERE code = ANY(${textArray([...codes.keys()])}) AND product_id <> ${productId}
        UNION ALL
        SELECT 'barcode', barcode FROM skus
         WHERE barcode = ANY(${textArray([...barcodes.keys()])}) AND product_id <> ${productId}
        UNION ALL
        SELECT 'barcode', u.barcode FROM sku_units u JOIN skus s ON s.id = u.sku_id
         WHERE u.barcode = ANY(${textArray([...barcodes.keys()])}) AND s.product_id <> ${productId}`,
  );
  if (taken.length) {
    const conflicts = taken.map((t) =>
      t.kind === 'code'
        ? {
            path: `/body/skus/${codes.get(t.value)}/code`,
            message: `SKU 编码 ${t.value} 已被使用 / SKU code ${t.value} is already used`,
          }
        : {
            path: barcodes.get(t.value)!,
            message: `条码 ${t.value} 已被其他商品使用 / barcode ${t.value} is already used by another product`,
          },
    );
    throw new AppError('CONFLICT', 'SKU 编码或条码已被使用 / A SKU code or barcode is already used', {
      fields: conflicts,
    });
  }
}
