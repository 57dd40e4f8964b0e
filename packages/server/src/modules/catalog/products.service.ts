import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { products, skus, skuUnits } from '../../db/schema/index.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { notFound } from '../../lib/errors.ts';
import { bigintArray, queryRows } from '../../lib/sql.ts';
import type { CreateProductInput, SkuInputT, UpdateProductInput } from './catalog.schemas.ts';
import { sanitiseDescription } from './description-html.ts';
import { removeProductFiles } from './images.service.ts';
import { checkReferences, checkSkus, type ExistingSkus } from './products.validate.ts';
import { refreshSearchText } from './search-refresh.ts';

const skuValues = (productId: number, sku: SkuInputT, unit: string, sort: number) => ({
  productId,
  code: sku.code,
  name: sku.name ?? '',
  specs: sku.specs ?? {},
  barcode: sku.barcode ?? null,
  unit,
  price: sku.price,
  retailPrice: sku.retailPrice ?? null,
  minOrderQty: sku.minOrderQty ?? 1,
  orderStep: sku.orderStep ?? 1,
  status: sku.status ?? 'on',
  sort,
});

type UnitInputT = NonNullable<SkuInputT['units']>[number];
const unitValues = (skuId: number, unit: UnitInputT, sort: number) => ({
  skuId,
  name: unit.name,
  factor: unit.factor,
  price: unit.price ?? null,
  barcode: unit.barcode ?? null,
  retailPrice: unit.retailPrice ?? null,
  isDefault: unit.isDefault ?? false,
  sort,
});

/** Inserts SKUs (and their units) in two multi-row statements. */
async function insertSkus(tx: Tx, productId: number, entries: { sku: SkuInputT; unit: string; sort: number }[]) {
  if (!entries.length) return;
  const rows = await tx
    .insert(skus)
    .values(entries.map((e) => skuValues(productId, e.sku, e.unit, e.sort)))
    .returning({ id: skus.id, code: skus.code });
  const idByCode = new Map(rows.map((r) => [r.code, r.id]));
  const units = entries.flatMap((e) => (e.sku.units ?? []).map((u, j) => unitValues(idByCode.get(e.sku.code)!, u, j)));
  if (units.length) await tx.insert(skuUnits).values(units);
}

/**
 * Creates a product with its SKUs and units in one transaction after checking every rule (codes and
 * barcodes unique, units valid, references exist); the description is sanitised. Audited.
 */
export async function createProduct(db: Db, actor: AuditActor, input: CreateProductInput): Promise<number> {
  return db.transaction(async (tx) => {
    const unit = input.unit ?? '件';
    await checkReferences(tx, input);
    await checkSkus(tx, input.skus, unit, null);
    const [product] = await tx
      .insert(products)
      .values({
        name: input.name,
        subtitle: input.subtitle ?? '',
        categoryId: input.categoryId ?? null,
        brandId: input.brandId ?? null,
        unit,
        status: input.status ?? 'on',
        description: sanitiseDescription(input.description ?? ''),
        specNames: input.specNames ?? [],
        tags: input.tags ?? [],
        visibleLevelIds: input.visibleLevelIds ?? [],
        sort: input.sort ?? 0,
      })
      .returning({ id: products.id });
    await insertSkus(
      tx,
      product.id,
      input.skus.map((sku, i) => ({ sku, unit: sku.unit ?? unit, sort: i })),
    );
    await refreshSearchText(tx, [product.id]);
    await audit(tx, actor, {
      action: 'product.created',
      targetType: 'product',
      targetId: product.id,
      details: { name: input.name, skus: input.skus.map((s) => s.code) },
    });
    return product.id;
  });
}

async function loadExisting(tx: Tx, productId: number): Promise<ExistingSkus> {
  const rows = await queryRows<{ id: number; unit: string; unitIds: number[] | null }>(
    tx,
    sql`SELECT s.id::int AS id, s.unit, (SELECT array_agg(u.id::int) FROM sku_units u WHERE u.sku_id = s.id) AS "unitIds"
          FROM skus s WHERE s.product_id = ${productId}`,
  );
  return {
    productId,
    skus: new Map(rows.map((r) => [r.id, { unit: r.unit, unitIds: new Set((r.unitIds ?? []).map(Number)) }])),
  };
}

/** Brings one existing SKU's units to the given list: matched by id, else by name; the rest deleted. */
async function syncUnits(tx: Tx, skuId: number, wanted: UnitInputT[]) {
  const current = await tx
    .select({ id: skuUnits.id, name: skuUnits.name })
    .from(skuUnits)
    .where(eq(skuUnits.skuId, skuId));
  const matched = wanted.map((u) => current.find((c) => (u.id !== undefined ? c.id === u.id : c.name === u.name)));
  const keep = new Set(matched.filter((m) => m).map((m) => m!.id));
  const gone = current.filter((c) => !keep.has(c.id)).map((c) => c.id);
  if (gone.length) await tx.execute(sql`DELETE FROM sku_units WHERE id = ANY(${bigintArray(gone)})`);
  const fresh: ReturnType<typeof unitValues>[] = [];
  for (const [j, unit] of wanted.entries()) {
    const match = matched[j];
    if (match)
      await tx
        .update(skuUnits)
        .set(unitValues(skuId, unit, j))
        .where(eq(skuUnits.id, match.id));
    else fresh.push(unitValues(skuId, unit, j));
  }
  if (fresh.length) await tx.insert(skuUnits).values(fresh);
}

/**
 * Changes a product. `skus`, when given, replaces the set: entries with `id` are updated, entries
 * without are created, the product's other SKUs are deleted (with their prices). Audited.
 */
export async function updateProduct(db: Db, actor: AuditActor, id: number, input: UpdateProductInput): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(products).where(eq(products.id, id)).for('update');
    if (!before) throw notFound('Product');
    await checkReferences(tx, input);
    const unit = input.unit ?? before.unit;
    let existing: ExistingSkus | null = null;
    if (input.skus) {
      existing = await loadExisting(tx, id);
      await checkSkus(tx, input.skus, unit, existing);
    }
    const { skus: skuInput, description, ...fields } = input;
    await tx
      .update(products)
      .set({
        ...fields,
        ...(description !== undefined ? { description: sanitiseDescription(description) } : {}),
        updatedAt: sql`now()`,
      })
      .where(eq(products.id, id));
    if (skuInput && existing) {
      const kept = new Set(skuInput.flatMap((s) => (s.id === undefined ? [] : [s.id])));
      const gone = [...existing.skus.keys()].filter((skuId) => !kept.has(skuId));
      if (gone.length) await tx.execute(sql`DELETE FROM skus WHERE id = ANY(${bigintArray(gone)})`);
      const fresh: { sku: SkuInputT; unit: string; sort: number }[] = [];
      for (const [i, sku] of skuInput.entries()) {
        if (sku.id === undefined) {
          fresh.push({ sku, unit: sku.unit ?? unit, sort: i });
          continue;
        }
        const { productId: _p, ...values } = skuValues(id, sku, sku.unit ?? existing.skus.get(sku.id)!.unit, i);
        await tx
          .update(skus)
          .set(values)
          .where(and(eq(skus.id, sku.id), eq(skus.productId, id)));
        if (sku.units) await syncUnits(tx, sku.id, sku.units);
      }
      await insertSkus(tx, id, fresh);
    }
    await refreshSearchText(tx, [id]);
    await audit(tx, actor, {
      action: 'product.updated',
      targetType: 'product',
      targetId: id,
      details: { name: before.name, fields: Object.keys(input) },
    });
  });
}

/** Deletes a product with its SKUs, units, prices and image files. Audited. */
export async function deleteProduct(db: Db, actor: AuditActor, uploadsDir: string, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(products).where(eq(products.id, id)).returning({ name: products.name });
    if (!row) throw notFound('Product');
    await audit(tx, actor, { action: 'product.deleted', targetType: 'product', targetId: id, details: row });
  });
  await removeProductFiles(uploadsDir, [id]);
}

/** Puts products on or off the shelf, or deletes them, in one statement; unknown ids are skipped. Audited. */
export async function batchProducts(
  db: Db,
  actor: AuditActor,
  uploadsDir: string,
  input: { ids: number[]; action: 'on' | 'off' | 'delete' },
): Promise<{ updated: number }> {
  const ids = await db.transaction(async (tx) => {
    const rows = await queryRows<{ id: number }>(
      tx,
      input.action === 'delete'
        ? sql`DELETE FROM products WHERE id = ANY(${bigintArray(input.ids)}) RETURNING id::int AS id`
        : sql`UPDATE products SET status = ${input.action}, updated_at = now()
               WHERE id = ANY(${bigintArray(input.ids)}) AND status <> ${input.action} RETURNING id::int AS id`,
    );
    const changed = rows.map((r) => r.id);
    await audit(tx, actor, {
      action: 'product.batch',
      targetType: 'product',
      details: { action: input.action, ids: changed },
    });
    return changed;
  });
  if (input.action === 'delete') await removeProductFiles(uploadsDir, ids);
  return { updated: ids.length };
}
