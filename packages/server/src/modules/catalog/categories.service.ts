import { eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { brands, categories } from '../../db/schema/index.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { AppError, notFound, validationFailed } from '../../lib/errors.ts';
import { queryRows } from '../../lib/sql.ts';
import { refreshSearchText } from './search-refresh.ts';

export interface CategoryRow {
  id: number;
  parentId: number | null;
  name: string;
  sort: number;
  productCount: number;
}

const selectCategories = (where = sql`true`) => sql`
  WITH RECURSIVE tree AS (
    SELECT id, id AS root FROM categories
    UNION ALL
    SELECT c.id, t.root FROM categories c JOIN tree t ON c.parent_id = t.id)
  SELECT k.id::int AS id, k.parent_id::int AS "parentId", k.name, k.sort,
         (SELECT count(*)::int FROM products p JOIN tree t ON t.id = p.category_id
           WHERE t.root = k.id AND p.status = 'on') AS "productCount"
    FROM categories k WHERE ${where} ORDER BY k.sort, k.id`;

/** The category tree as a flat list (parentId links) with on-shelf product counts of each subtree. */
export const listCategories = (db: DbOrTx) => queryRows<CategoryRow>(db, selectCategories());

async function getCategory(db: DbOrTx, id: number): Promise<CategoryRow> {
  const [row] = await queryRows<CategoryRow>(db, selectCategories(sql`k.id = ${id}`));
  if (!row) throw notFound('Category');
  return row;
}

/** The category ids of `id` and all its descendants. */
export const categorySubtree = (id: number) => sql`(WITH RECURSIVE sub AS (
    SELECT id FROM categories WHERE id = ${id}
    UNION ALL SELECT c.id FROM categories c JOIN sub ON c.parent_id = sub.id)
  SELECT id FROM sub)`;

async function assertParent(db: DbOrTx, parentId: number, selfId?: number) {
  const [parent] = await db.select({ id: categories.id }).from(categories).where(eq(categories.id, parentId));
  if (!parent)
    throw validationFailed([
      { path: '/body/parentId', message: `分类 ${parentId} 不存在 / category ${parentId} does not exist` },
    ]);
  if (selfId === undefined) return;
  // A category cannot move under itself or one of its descendants: the tree would become a cycle.
  const [cycle] = await queryRows<{ id: number }>(
    db,
    sql`SELECT 1 AS id WHERE ${parentId} IN ${categorySubtree(selfId)}`,
  );
  if (cycle)
    throw validationFailed([
      { path: '/body/parentId', message: '分类不能移到自身之下 / a category cannot move under itself' },
    ]);
}

async function assertNameFree(db: DbOrTx, name: string, parentId: number | null, selfId?: number) {
  const [taken] = await queryRows<{ id: number }>(
    db,
    sql`SELECT id FROM categories WHERE name = ${name} AND parent_id IS NOT DISTINCT FROM ${parentId}
          AND id <> ${selfId ?? 0}`,
  );
  if (taken) throw new AppError('CONFLICT', `分类 ${name} 已存在 / Category already exists here`, { field: 'name' });
}

/** Creates a category under `parentId` (or at the top); names are unique among siblings. Audited. */
export async function createCategory(
  db: Db,
  actor: AuditActor,
  input: { name: string; parentId?: number | null; sort?: number },
): Promise<CategoryRow> {
  const id = await db.transaction(async (tx) => {
    const parentId = input.parentId ?? null;
    if (parentId !== null) await assertParent(tx, parentId);
    await assertNameFree(tx, input.name, parentId);
    const [row] = await tx
      .insert(categories)
      .values({ name: input.name, parentId, sort: input.sort ?? 0 })
      .returning({ id: categories.id });
    await audit(tx, actor, { action: 'category.created', targetType: 'category', targetId: row.id, details: input });
    return row.id;
  });
  return getCategory(db, id);
}

/** Renames, re-sorts or moves a category (never under its own subtree). Audited. */
export async function updateCategory(
  db: Db,
  actor: AuditActor,
  id: number,
  input: { name?: string; parentId?: number | null; sort?: number },
): Promise<CategoryRow> {
  await db.transaction(async (tx) => {
    const before = await getCategory(tx, id);
    const parentId = input.parentId === undefined ? before.parentId : input.parentId;
    if (input.parentId) await assertParent(tx, input.parentId, id);
    await assertNameFree(tx, input.name ?? before.name, parentId, id);
    await tx
      .update(categories)
      .set({ name: input.name ?? before.name, parentId, sort: input.sort ?? before.sort })
      .where(eq(categories.id, id));
    await audit(tx, actor, { action: 'category.updated', targetType: 'category', targetId: id, details: input });
  });
  return getCategory(db, id);
}

/** Deletes an empty category; one with children or products is a 409. Audited. */
export async function deleteCategory(db: Db, actor: AuditActor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const category = await getCategory(tx, id);
    const [use] = await queryRows<{ children: number; products: number }>(
      tx,
      sql`SELECT (SELECT count(*)::int FROM categories WHERE parent_id = ${id}) AS children,
                 (SELECT count(*)::int FROM products WHERE category_id = ${id}) AS products`,
    );
    if (use.children || use.products) {
      throw new AppError('CONFLICT', '分类下还有子分类或商品 / The category still has subcategories or products', use);
    }
    await tx.delete(categories).where(eq(categories.id, id));
    await audit(tx, actor, {
      action: 'category.deleted',
      targetType: 'category',
      targetId: id,
      details: { name: category.name },
    });
  });
}

// ---- brands ----

export interface BrandRow {
  id: number;
  name: string;
  sort: number;
  productCount: number;
}

const selectBrands = (where = sql`true`) => sql`
  SELECT b.id::int AS id, b.name, b.sort,
         (SELECT count(*)::int FROM products p WHERE p.brand_id = b.id) AS "productCount"
    FROM brands b WHERE ${where} ORDER BY b.sort, b.id`;

export const listBrands = (db: DbOrTx) => queryRows<BrandRow>(db, selectBrands());

async function getBrand(db: DbOrTx, id: number): Promise<BrandRow> {
  const [row] = await queryRows<BrandRow>(db, selectBrands(sql`b.id = ${id}`));
  if (!row) throw notFound('Brand');
  return row;
}

async function assertBrandNameFree(db: DbOrTx, name: string, selfId = 0) {
  const [taken] = await queryRows<{ id: number }>(
    db,
    sql`SELECT id FROM brands WHERE name = ${name} AND id <> ${selfId}`,
  );
  if (taken) throw new AppError('CONFLICT', `品牌 ${name} 已存在 / Brand already exists`, { field: 'name' });
}

export async function createBrand(db: Db, actor: AuditActor, input: { name: string; sort?: number }) {
  const id = await db.transaction(async (tx) => {
    await assertBrandNameFree(tx, input.name);
    const [row] = await tx
      .insert(brands)
      .values({ name: input.name, sort: input.sort ?? 0 })
      .returning({ id: brands.id });
    await audit(tx, actor, { action: 'brand.created', targetType: 'brand', targetId: row.id, details: input });
    return row.id;
  });
  return getBrand(db, id);
}

/** Renames or re-sorts a brand; a new name is searchable on its products at once. Audited. */
export async function updateBrand(db: Db, actor: AuditActor, id: number, input: { name?: string; sort?: number }) {
  await db.transaction(async (tx) => {
    const before = await getBrand(tx, id);
    if (input.name !== undefined) await assertBrandNameFree(tx, input.name, id);
    await tx
      .update(brands)
      .set({ name: input.name ?? before.name, sort: input.sort ?? before.sort })
      .where(eq(brands.id, id));
    if (input.name !== undefined && input.name !== before.name) {
      const ids = await queryRows<{ id: number }>(tx, sql`SELECT id::int AS id FROM products WHERE brand_id = ${id}`);
      await refreshSearchText(
        tx,
        ids.map((r) => r.id),
      );
    }
    await audit(tx, actor, { action: 'brand.updated', targetType: 'brand', targetId: id, details: input });
  });
  return getBrand(db, id);
}

/** Deletes a brand no product uses; otherwise 409. Audited. */
export async function deleteBrand(db: Db, actor: AuditActor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const brand = await getBrand(tx, id);
    if (brand.productCount) {
      throw new AppError('CONFLICT', '品牌仍被商品使用 / The brand is still used by products', {
        productCount: brand.productCount,
      });
    }
    await tx.delete(brands).where(eq(brands.id, id));
    await audit(tx, actor, {
      action: 'brand.deleted',
      targetType: 'brand',
      targetId: id,
      details: { name: brand.name },
    });
  });
}
