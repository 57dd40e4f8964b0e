import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import { postFile } from '../../../test/multipart.ts';
import { readSheet, writeSheet } from '../../lib/excel.ts';
import { fenToYuan, productsImport, yuanToFen } from './products.import.ts';

let ctx: TestContext;
let admin: TestClient;

beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
  const drinks = (await admin.post('/api/categories', { name: '饮料' })).json();
  await admin.post('/api/categories', { name: '碳酸饮料', parentId: drinks.id });
});
afterAll(() => ctx.close());

type Row = Partial<Record<(typeof productsImport.columns)[number]['key'], string>>;
const sheet = (rows: Row[]) => writeSheet('products', productsImport.columns, rows);
const upload = async (rows: Row[], client = admin) =>
  postFile(client, '/api/imports/products', { data: await sheet(rows), filename: 'products.xlsx' });

/** Waits until a started import has finished, as the UI would by polling. */
async function finished(id: number) {
  for (;;) {
    const job = (await admin.get(`/api/imports/${id}`)).json();
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const row = (code: string, extra: Row = {}): Row => ({
  name: '可口可乐',
  category: '饮料/碳酸饮料',
  brand: '可口可乐',
  unit: '瓶',
  code,
  price: '2.50',
  ...extra,
});

describe('money cells', () => {
  it('turns yuan text into fen exactly and back', () => {
    expect(yuanToFen('2.5')).toBe(250);
    expect(yuanToFen('0.07')).toBe(7);
    expect(yuanToFen('1234')).toBe(123400);
    expect(yuanToFen('1.005')).toBeNull();
    expect(yuanToFen('-1')).toBeNull();
    expect(fenToYuan(7)).toBe('0.07');
    expect(fenToYuan(123456)).toBe('1234.56');
  });
});

describe('product import', () => {
  it('serves a template with every header, notes and an example row', async () => {
    const res = await admin.get('/api/imports/templates/products.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const file = await ctx.app.inject({
      method: 'GET',
      url: '/api/imports/templates/products.xlsx',
      headers: { cookie: admin.cookie! },
    });
    const parsed = await readSheet(file.rawPayload, productsImport.columns);
    expect(parsed.missing).toEqual([]);
    expect(parsed.rows[0]).toMatchObject({
      name: '可口可乐',
      code: 'KKL-500',
      price: '2.50',
      specs: '口味:原味;规格:500ml',
    });
    const buyer = await createCustomerWithUser(ctx);
    expect((await buyer.client.get('/api/imports/templates/products.xlsx')).status).toBe(403);
    expect((await admin.get('/api/imports/templates/customers.xlsx')).status).toBe(200);
    expect((await admin.get('/api/imports/templates/rockets.xlsx')).status).toBe(400);
  });

  it('validates every row, reports errors by row and column, writes nothing; "all" is refused', async () => {
    await admin.post('/api/products', { name: '已有', skus: [{ code: 'TAKEN-1', price: 1, barcode: '690TAKEN' }] });
    const res = await upload([
      row('OK-1', { auxUnit: '箱', factor: '24', auxPrice: '55', specs: '规格:330ml', tags: 'new,hot', status: '是' }),
      row('', { price: '2.555' }),
      row('OK-1'),
      row('BAD-2', { name: '其他', category: '饮料/不存在', factor: '1', auxUnit: '箱' }),
      row('BAD-3', { barcode: '690TAKEN', status: '也许', specs: '原味' }),
      row('BAD-4', { auxUnit: '瓶', factor: '6', minOrderQty: '0' }),
    ]);
    expect(res.status).toBe(201);
    const job = res.json();
    expect(job).toMatchObject({ kind: 'products', status: 'validated', totalRows: 6, validRows: 1 });
    expect(job.errors).toEqual([
      { row: 3, column: 'SKU编码', message: expect.any(String) },
      { row: 3, column: '批发价', message: expect.any(String) },
      { row: 4, column: 'SKU编码', message: expect.stringContaining('row 2') },
      { row: 5, column: '分类', message: expect.stringContaining('unknown category') },
      { row: 5, column: '换算', message: expect.any(String) },
      { row: 6, column: '条码', message: expect.stringContaining('TAKEN-1') },
      { row: 6, column: '上架', message: expect.any(String) },
      { row: 6, column: '规格名称', message: expect.any(String) },
      { row: 7, column: '起订量', message: expect.any(String) },
      { row: 7, column: '辅助单位', message: expect.any(String) },
    ]);
    expect((await admin.get('/api/products?q=OK-1')).json().total).toBe(0);
    const all = await admin.post(`/api/imports/${job.id}/run`, { mode: 'all' });
    expect(all.status).toBe(409);
    expect((await admin.get('/api/products?q=OK-1')).json().total).toBe(0);

    // 'valid' writes only the valid row; the rest count as skipped.
    const run = await admin.post(`/api/imports/${job.id}/run`, { mode: 'valid' });
    expect(run.status).toBe(202);
    const done = await finished(job.id);
    expect(done).toMatchObject({ status: 'done', processedRows: 6, result: { created: 1, updated: 0, skipped: 5 } });
    const product = (await admin.get('/api/products?q=OK-1')).json().items[0];
    expect(product).toMatchObject({
      name: '可口可乐',
      categoryName: '碳酸饮料',
      brandName: '可口可乐',
      tags: ['new', 'hot'],
      skus: [
        {
          code: 'OK-1',
          price: 250,
          unit: '瓶',
          specs: { 规格: '330ml' },
          units: [{ name: '箱', factor: 24, price: 5500 }],
        },
      ],
    });
    expect((await admin.post(`/api/imports/${job.id}/run`, { mode: 'valid' })).status).toBe(409);
  });

  it('groups rows into products, updates existing SKU codes, creates brands; the export re-imports', async () => {
    const first = (
      await upload([
        row('GRP-1', { name: '雪碧', brand: '新品牌' }),
        row('GRP-2', { name: '雪碧', brand: '新品牌', price: '3' }),
      ])
    ).json();
    expect(first.errors).toEqual([]);
    await admin.post(`/api/imports/${first.id}/run`, { mode: 'all' });
    expect((await finished(first.id)).result).toEqual({ created: 2, updated: 0, skipped: 0 });
    const xb = (await admin.get('/api/products?q=GRP')).json();
    expect(xb.total).toBe(1);
    expect(xb.items[0]).toMatchObject({
      name: '雪碧',
      brandName: '新品牌',
      skus: [{ code: 'GRP-1' }, { code: 'GRP-2', price: 300 }],
    });
    expect((await admin.get('/api/products?q=xuebi')).json().total).toBe(1);

    const exported = await ctx.app.inject({
      method: 'GET',
      url: '/api/exports/products.xlsx?q=GRP',
      headers: { cookie: admin.cookie! },
    });
    expect(exported.statusCode).toBe(200);
    const rows = (await readSheet(exported.rawPayload, productsImport.columns)).rows;
    expect(rows).toEqual([
      expect.objectContaining({
        name: '雪碧',
        category: '饮料/碳酸饮料',
        brand: '新品牌',
        code: 'GRP-1',
        price: '2.50',
        status: '是',
      }),
      expect.objectContaining({ code: 'GRP-2', price: '3.00' }),
    ]);
    rows[1].price = '3.20';
    const again = (
      await postFile(admin, '/api/imports/products', { data: await sheet(rows), filename: 'again.xlsx' })
    ).json();
    expect(again.errors).toEqual([]);
    await admin.post(`/api/imports/${again.id}/run`, { mode: 'all' });
    expect((await finished(again.id)).result).toEqual({ created: 0, updated: 2, skipped: 0 });
    expect((await admin.get('/api/products?q=GRP')).json().items[0].skus[1].price).toBe(320);
    const buyer = await createCustomerWithUser(ctx);
    expect((await buyer.client.get('/api/exports/products.xlsx')).status).toBe(403);
    expect((await buyer.client.get(`/api/imports/${again.id}`)).status).toBe(403);
  });

  it('refuses a file that is not xlsx, one without the required columns, and non-multipart requests', async () => {
    const junk = await postFile(admin, '/api/imports/products', {
      data: Buffer.from('not a sheet'),
      filename: 'x.xlsx',
    });
    expect(junk.status).toBe(400);
    expect(junk.json().error.details.fields[0].path).toBe('/body/file');
    const missing = await postFile(admin, '/api/imports/products', {
      data: await writeSheet('x', [{ key: 'a', header: '别的' }], [{ a: '1' }]),
      filename: 'x.xlsx',
    });
    expect(missing.status).toBe(400);
    expect(missing.json().error.details.fields[0].message).toContain('商品名称');
    expect((await admin.post('/api/imports/products', { file: 'x' })).status).toBe(415);
    expect((await admin.get('/api/imports/987654')).status).toBe(404);
  });

  it('validates and imports 10,000 rows (5,000 products × 2 SKUs with units) in batches', async () => {
    const rows: Row[] = Array.from({ length: 10_000 }, (_, i) => ({
      name: `批量商品${Math.floor(i / 2)}`,
      category: '饮料/碳酸饮料',
      brand: `品牌${Math.floor(i / 2) % 50}`,
      unit: '瓶',
      code: `BULK-${i}`,
      specs: `规格:${i % 2 ? '500ml' : '330ml'}`,
      barcode: `69${String(i).padStart(11, '0')}`,
      price: `${(i % 90) + 1}.${String(i % 100).padStart(2, '0')}`,
      auxUnit: '箱',
      factor: '24',
      minOrderQty: '1',
      orderStep: '1',
      status: '是',
      tags: 'new',
    }));
    const data = await sheet(rows);
    const t0 = performance.now();
    const res = await postFile(admin, '/api/imports/products', { data, filename: 'bulk.xlsx' });
    const t1 = performance.now();
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({ totalRows: 10_000, validRows: 10_000, errorCount: 0 });
    await admin.post(`/api/imports/${res.json().id}/run`, { mode: 'all' });
    const done = await finished(res.json().id);
    const t2 = performance.now();
    console.log(
      `10,000-row import on ${ctx.database.kind}: upload+validate ${Math.round(t1 - t0)} ms, write ${Math.round(t2 - t1)} ms`,
    );
    expect(done).toMatchObject({
      status: 'done',
      processedRows: 10_000,
      result: { created: 10_000, updated: 0, skipped: 0 },
    });
    const list = (await admin.get('/api/products?q=BULK-9999')).json();
    expect(list.items[0]).toMatchObject({
      name: '批量商品4999',
      brandName: '品牌49',
      skus: [
        { code: 'BULK-9998', price: 998, units: [{ name: '箱', factor: 24 }] },
        { code: 'BULK-9999', barcode: '6900000009999' },
      ],
    });
    expect((await admin.get('/api/products?q=plsp4999')).json().total).toBe(1);
    expect((await admin.get('/api/products?q=批量商品&pageSize=1')).json().total).toBe(5_000);
  }, 120_000);
});
