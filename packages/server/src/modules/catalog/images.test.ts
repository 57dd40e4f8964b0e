import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import { postFile } from '../../../test/multipart.ts';

let ctx: TestContext;
let admin: TestClient;
let dataDir: string;
let productId: number;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'dh-img-'));
  ctx = await startTestApp({ dataDir });
  admin = await ctx.admin();
  productId = (await admin.post('/api/products', { name: '图片商品', skus: [{ code: 'IMG-1', price: 100 }] })).json()
    .id;
});
afterAll(async () => {
  await ctx.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 4, background: { r: 200, g: 30, b: 30, alpha: 0.5 } } })
    .png()
    .toBuffer();

const upload = (data: Buffer, filename = 'a.png', client = admin) =>
  postFile(client, `/api/products/${productId}/images`, { data, filename, contentType: 'image/png' });

describe('product images', () => {
  it('stores a re-encoded original (≤ 1600 px) and a 400 px WebP thumbnail, served from /uploads', async () => {
    const res = await upload(await png(2000, 1000));
    expect(res.status).toBe(201);
    const image = res.json();
    expect(image).toMatchObject({ width: 1600, height: 800 });
    expect(image.url).toMatch(new RegExp(`^/uploads/products/${productId}/[0-9a-f]{24}\\.jpg$`));
    expect(image.thumbUrl).toBe(image.url.replace(/\.jpg$/, '.webp'));
    const file = await ctx.app.inject({ method: 'GET', url: image.url });
    expect(file.statusCode).toBe(200);
    expect(file.headers['cache-control']).toContain('max-age=31536000');
    expect((await sharp(file.rawPayload).metadata()).format).toBe('jpeg');
    const thumb = await ctx.app.inject({ method: 'GET', url: image.thumbUrl });
    expect(await sharp(thumb.rawPayload).metadata()).toMatchObject({ format: 'webp', width: 400, height: 200 });
    const product = (await admin.get(`/api/products/${productId}`)).json();
    expect(product.images).toEqual([image]);
    expect(product.thumbUrl).toBe(image.thumbUrl);
  });

  it('checks the type by content, not by name, and refuses files over 5 MB', async () => {
    const fake = await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'evil.png');
    expect(fake.status).toBe(415);
    expect(fake.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const gif = await upload(
      await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } })
        .gif()
        .toBuffer(),
    );
    expect(gif.status).toBe(415);
    const big = await upload(Buffer.alloc(5 * 1024 * 1024 + 10, 1), 'big.png');
    expect(big.status).toBe(413);
    expect(big.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const json = await admin.post(`/api/products/${productId}/images`, { file: 'x' });
    expect(json.status).toBe(415);
    const wrongField = await postFile(admin, `/api/products/${productId}/images`, {
      data: await png(10, 10),
      filename: 'a.png',
      field: 'image',
    });
    expect(wrongField.status).toBe(400);
    expect(wrongField.json().error.details.fields[0].path).toBe('/body/file');
    expect(
      (await postFile(admin, '/api/products/987654/images', { data: await png(5, 5), filename: 'a.png' })).status,
    ).toBe(404);
    const buyer = await createCustomerWithUser(ctx);
    expect((await upload(await png(5, 5), 'a.png', buyer.client)).status).toBe(403);
  });

  it('orders images and deletes them with their files', async () => {
    const a = (await upload(await png(50, 50))).json();
    const b = (await upload(await png(60, 60))).json();
    const all = (await admin.get(`/api/products/${productId}`)).json().images.map((i: { id: number }) => i.id);
    const reversed = [...all].reverse();
    expect((await admin.request('PUT', `/api/products/${productId}/images/order`, { ids: reversed })).status).toBe(204);
    expect((await admin.get(`/api/products/${productId}`)).json().images.map((i: { id: number }) => i.id)).toEqual(
      reversed,
    );
    const bad = await admin.request('PUT', `/api/products/${productId}/images/order`, { ids: [a.id] });
    expect(bad.status).toBe(400);
    const file = path.join(dataDir, 'uploads', b.url.replace('/uploads/', ''));
    expect(existsSync(file)).toBe(true);
    expect((await admin.delete(`/api/products/${productId}/images/${b.id}`)).status).toBe(204);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(file.replace(/\.jpg$/, '.webp'))).toBe(false);
    expect((await admin.delete(`/api/products/${productId}/images/${b.id}`)).status).toBe(404);
    expect((await ctx.app.inject({ method: 'GET', url: b.url })).statusCode).toBe(404);
  });

  it('removes a deleted product’s image folder', async () => {
    expect(existsSync(path.join(dataDir, 'uploads', 'products', String(productId)))).toBe(true);
    expect((await admin.delete(`/api/products/${productId}`)).status).toBe(204);
    expect(existsSync(path.join(dataDir, 'uploads', 'products', String(productId)))).toBe(false);
  });
});
