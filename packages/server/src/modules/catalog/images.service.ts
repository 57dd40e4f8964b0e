import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import type { Db } from '../../db/client.ts';
import { productImages, products } from '../../db/schema/index.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { AppError, notFound, validationFailed } from '../../lib/errors.ts';
import { bigintArray, queryRows } from '../../lib/sql.ts';
import { uploadUrl } from './products.query.ts';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const MAX_EDGE = 1600;
const THUMB_EDGE = 400;
const acceptedFormats = new Set(['jpeg', 'png', 'webp']);

export interface ImageRow {
  id: number;
  url: string;
  thumbUrl: string;
  width: number;
  height: number;
}

/** Re-encodes an upload after checking by content that it is a JPEG, PNG or WebP image. */
async function encode(input: Buffer) {
  const format = await sharp(input)
    .metadata()
    .then((m) => m.format)
    .catch(() => undefined);
  if (!format || !acceptedFormats.has(format)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', '只接受 JPEG、PNG 或 WebP 图片 / Only JPEG, PNG or WebP images', {
      format: format ?? null,
    });
  }
  // rotate() applies the EXIF orientation; sharp writes no metadata unless asked, so EXIF is dropped.
  const base = sharp(input).rotate();
  const original = await base
    .clone()
    .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 85, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  const thumb = await base
    .clone()
    .resize({ width: THUMB_EDGE, height: THUMB_EDGE, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer();
  return { original, thumb };
}

/**
 * Stores an uploaded image of a product: the re-encoded original (≤ 1600 px, JPEG, no EXIF) and a
 * 400 px WebP thumbnail under uploads/products/<id>/, appended after the product's other images.
 */
export async function addProductImage(
  db: Db,
  actor: AuditActor,
  uploadsDir: string,
  productId: number,
  file: Buffer,
): Promise<ImageRow> {
  const [product] = await db.select({ id: products.id }).from(products).where(eq(products.id, productId));
  if (!product) throw notFound('Product');
  const { original, thumb } = await encode(file);
  const name = randomBytes(12).toString('hex');
  const rel = (ext: string) => `products/${productId}/${name}.${ext}`;
  await mkdir(path.join(uploadsDir, 'products', String(productId)), { recursive: true });
  await writeFile(path.join(uploadsDir, rel('jpg')), original.data);
  await writeFile(path.join(uploadsDir, rel('webp')), thumb);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(productImages)
        .values({
          productId,
          path: rel('jpg'),
          thumbPath: rel('webp'),
          width: original.info.width,
          height: original.info.height,
          size: original.info.size,
          sort: sql`(SELECT coalesce(max(sort) + 1, 0) FROM product_images WHERE product_id = ${productId})`,
        })
        .returning({ id: productImages.id, width: productImages.width, height: productImages.height });
      await audit(tx, actor, {
        action: 'product.image_added',
        targetType: 'product',
        targetId: productId,
        details: { imageId: row.id },
      });
      return { ...row, url: uploadUrl(rel('jpg')), thumbUrl: uploadUrl(rel('webp')) };
    });
  } catch (error) {
    await rm(path.join(uploadsDir, rel('jpg')), { force: true });
    await rm(path.join(uploadsDir, rel('webp')), { force: true });
    throw error;
  }
}

/** Deletes one image of a product and its files. */
export async function deleteProductImage(
  db: Db,
  actor: AuditActor,
  uploadsDir: string,
  productId: number,
  imageId: number,
): Promise<void> {
  const row = await db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(productImages)
      .where(and(eq(productImages.id, imageId), eq(productImages.productId, productId)))
      .returning({ path: productImages.path, thumbPath: productImages.thumbPath });
    if (!deleted) throw notFound('Image');
    await audit(tx, actor, {
      action: 'product.image_deleted',
      targetType: 'product',
      targetId: productId,
      details: { imageId },
    });
    return deleted;
  });
  await rm(path.join(uploadsDir, row.path), { force: true });
  await rm(path.join(uploadsDir, row.thumbPath), { force: true });
}

/** Sets the image order of a product; `ids` must be exactly its images (the first is the cover). */
export async function orderProductImages(db: Db, productId: number, ids: number[]): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await queryRows<{ id: number }>(
      tx,
      sql`SELECT id::int AS id FROM product_images WHERE product_id = ${productId}`,
    );
    const [product] = await tx.select({ id: products.id }).from(products).where(eq(products.id, productId));
    if (!product) throw notFound('Product');
    const known = new Set(current.map((r) => r.id));
    if (ids.length !== known.size || new Set(ids).size !== ids.length || ids.some((id) => !known.has(id))) {
      throw validationFailed([{ path: '/body/ids', message: "must list each of the product's images once" }]);
    }
    if (!ids.length) return;
    await tx.execute(
      sql`UPDATE product_images i SET sort = v.ord - 1
            FROM unnest(${bigintArray(ids)}) WITH ORDINALITY AS v(id, ord) WHERE i.id = v.id`,
    );
  });
}

/** Removes the image folders of deleted products (their rows went with the products). */
export async function removeProductFiles(uploadsDir: string, productIds: number[]): Promise<void> {
  await Promise.all(
    productIds.map((id) => rm(path.join(uploadsDir, 'products', String(id)), { recursive: true, force: true })),
  );
}
