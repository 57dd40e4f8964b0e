import path from 'node:path';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { Type } from 'typebox';
import type { App } from '../../lib/app-types.ts';
import { actorOf } from '../../lib/audit.ts';
import { AppError } from '../../lib/errors.ts';
import { IdParams } from '../../lib/schema-types.ts';
import { readUpload } from '../../lib/upload.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import {
  BatchBody,
  BrandView,
  CategoryView,
  CreateBrandBody,
  CreateCategoryBody,
  CreateProductBody,
  ImageOrderBody,
  ImageParams,
  ImageView,
  ProductDetail,
  ProductList,
  ProductListQuery,
  UpdateBrandBody,
  UpdateCategoryBody,
  UpdateProductBody,
} from './catalog.schemas.ts';
import {
  createBrand,
  createCategory,
  deleteBrand,
  deleteCategory,
  listBrands,
  listCategories,
  updateBrand,
  updateCategory,
} from './categories.service.ts';
import { addProductImage, deleteProductImage, MAX_IMAGE_BYTES, orderProductImages } from './images.service.ts';
import { getProduct, listProducts } from './products.query.ts';
import { batchProducts, createProduct, deleteProduct, updateProduct } from './products.service.ts';

const NoContent = { 204: Type.Null() };

/** Categories, brands, products with SKUs and units, product images, and the uploads they are served from. */
export async function catalogRoutes(app: App) {
  const db = app.deps.database.db;
  const uploadsDir = path.join(app.deps.config.dataDir, 'uploads');
  const tags = ['catalog'];

  await app.register(multipart, { limits: { fileSize: MAX_IMAGE_BYTES, files: 1 } });
  // Uploaded files have random names that never change: cache them for good.
  await app.register(fastifyStatic, {
    root: uploadsDir,
    prefix: '/uploads/',
    decorateReply: false,
    index: false,
    setHeaders: (reply) => reply.header('cache-control', 'public, max-age=31536000, immutable'),
  });

  // ---- categories ----

  app.get(
    '/api/categories',
    {
      config: { access: 'products:view' },
      schema: {
        tags,
        summary: 'The category tree as a flat list (parentId links), with on-shelf product counts',
        response: { 200: Type.Object({ items: Type.Array(CategoryView) }) },
      },
    },
    async () => ({ items: await listCategories(db) }),
  );

  app.post(
    '/api/categories',
    {
      config: { access: 'products:create' },
      schema: { tags, summary: 'Create a category', body: CreateCategoryBody, response: { 201: CategoryView } },
    },
    async (request, reply) => reply.status(201).send(await createCategory(db, actorOf(request), request.body)),
  );

  app.patch(
    '/api/categories/:id',
    {
      config: { access: 'products:edit' },
      schema: {
        tags,
        summary: 'Rename, re-sort or move a category',
        params: IdParams,
        body: UpdateCategoryBody,
        response: { 200: CategoryView },
      },
    },
    async (request) => updateCategory(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/categories/:id',
    {
      config: { access: 'products:delete' },
      schema: {
        tags,
        summary: 'Delete a category without subcategories or products (else 409)',
        params: IdParams,
        response: NoContent,
      },
    },
    async (request, reply) => {
      await deleteCategory(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  // ---- brands ----

  app.get(
    '/api/brands',
    {
      config: { access: 'products:view' },
      schema: {
        tags,
        summary: 'Brands with their product counts',
        response: { 200: Type.Object({ items: Type.Array(BrandView) }) },
      },
    },
    async () => ({ items: await listBrands(db) }),
  );

  app.post(
    '/api/brands',
    {
      config: { access: 'products:create' },
      schema: { tags, summary: 'Create a brand', body: CreateBrandBody, response: { 201: BrandView } },
    },
    async (request, reply) => reply.status(201).send(await createBrand(db, actorOf(request), request.body)),
  );

  app.patch(
    '/api/brands/:id',
    {
      config: { access: 'products:edit' },
      schema: {
        tags,
        summary: 'Rename or re-sort a brand',
        params: IdParams,
        body: UpdateBrandBody,
        response: { 200: BrandView },
      },
    },
    async (request) => updateBrand(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/brands/:id',
    {
      config: { access: 'products:delete' },
      schema: { tags, summary: 'Delete a brand no product uses (else 409)', params: IdParams, response: NoContent },
    },
    async (request, reply) => {
      await deleteBrand(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  // ---- products ----

  app.get(
    '/api/products',
    {
      config: { access: 'products:view' },
      schema: {
        tags,
        summary: 'Products with SKUs and units; a customer sees what it may order, at its own prices',
        description:
          '`q` matches the name, SKU codes and names, barcodes (SKU and unit), brand, full pinyin ("kekou") and ' +
          'pinyin initials ("kkkl"). `categoryId` includes subcategories. `available` is null until inventory is tracked.',
        querystring: ProductListQuery,
        response: { 200: ProductList },
      },
    },
    async (request) => listProducts(db, currentUser(request), request.query),
  );

  app.get(
    '/api/products/:id',
    {
      config: { access: 'products:view' },
      schema: {
        tags,
        summary: 'One product with images, SKUs, units; for a customer its own prices and quantity tiers',
        params: IdParams,
        response: { 200: ProductDetail },
      },
    },
    async (request) => getProduct(db, currentUser(request), request.params.id),
  );

  app.post(
    '/api/products',
    {
      config: { access: 'products:create' },
      schema: {
        tags,
        summary: 'Create a product with its SKUs (and their units)',
        body: CreateProductBody,
        response: { 201: ProductDetail },
      },
    },
    async (request, reply) => {
      const id = await createProduct(db, actorOf(request), request.body);
      return reply.status(201).send(await getProduct(db, currentUser(request), id));
    },
  );

  app.patch(
    '/api/products/:id',
    {
      config: { access: 'products:edit' },
      schema: {
        tags,
        summary: 'Change a product; `skus`, when given, replaces the SKU set',
        params: IdParams,
        body: UpdateProductBody,
        response: { 200: ProductDetail },
      },
    },
    async (request) => {
      await updateProduct(db, actorOf(request), request.params.id, request.body);
      return getProduct(db, currentUser(request), request.params.id);
    },
  );

  app.delete(
    '/api/products/:id',
    {
      config: { access: 'products:delete' },
      schema: {
        tags,
        summary: 'Delete a product with its SKUs, prices and images',
        params: IdParams,
        response: NoContent,
      },
    },
    async (request, reply) => {
      await deleteProduct(db, actorOf(request), uploadsDir, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/products/batch',
    {
      config: { access: 'products:edit' },
      schema: {
        tags,
        summary: 'Put products on or off the shelf, or delete them (delete needs products:delete)',
        body: BatchBody,
        response: { 200: Type.Object({ updated: Type.Integer({ description: 'products changed' }) }) },
      },
    },
    async (request) => {
      const user = currentUser(request);
      if (request.body.action === 'delete' && !user.permissions.includes('products:delete')) {
        throw new AppError('FORBIDDEN', '缺少权限 products:delete / Permission products:delete required', {
          permission: 'products:delete',
        });
      }
      return batchProducts(db, actorOf(request), uploadsDir, request.body);
    },
  );

  // ---- images ----

  app.post(
    '/api/products/:id/images',
    {
      config: { access: 'products:edit' },
      schema: {
        tags,
        summary: 'Upload a product image (multipart field `file`; JPEG, PNG or WebP; ≤ 5 MB)',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: ImageView },
      },
    },
    async (request, reply) => {
      const file = await readUpload(request, 'file', MAX_IMAGE_BYTES);
      const image = await addProductImage(db, actorOf(request), uploadsDir, request.params.id, file.data);
      return reply.status(201).send(image);
    },
  );

  app.delete(
    '/api/products/:id/images/:imageId',
    {
      config: { access: 'products:edit' },
      schema: { tags, summary: 'Delete a product image and its files', params: ImageParams, response: NoContent },
    },
    async (request, reply) => {
      await deleteProductImage(db, actorOf(request), uploadsDir, request.params.id, request.params.imageId);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/products/:id/images/order',
    {
      config: { access: 'products:edit' },
      schema: {
        tags,
        summary: "Order a product's images (the first is the cover); `ids` lists each image once",
        params: IdParams,
        body: ImageOrderBody,
        response: NoContent,
      },
    },
    async (request, reply) => {
      await orderProductImages(db, request.params.id, request.body.ids);
      return reply.status(204).send(null);
    },
  );
}
