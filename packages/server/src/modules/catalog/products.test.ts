import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser, createStaff } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import { sanitiseDescription } from './description-html.ts';

let ctx: TestContext;
let admin: TestClient;
let drinks: number;
let soda: number;
let brand: number;

beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
  drinks = (await admin.post('/api/categories', { name: '饮料' })).json().id;
  soda = (await admin.post('/api/categories', { name: '碳酸饮料', parentId: drinks })).json().id;
  brand = (await admin.post('/api/brands', { name: '可口可乐公司' })).json().id;
});
afterAll(() => ctx.close());

const cola = (code: string, extra: Record<string, unknown> = {}) => ({
  name: '可口可乐',
  categoryId: soda,
  brandId: brand,
  unit: '瓶',
  skus: [
    {
      code: `${code}-330`,
      price: 250,
      name: '330ml',
      barcode: `69${code}1`,
      specs: { 规格: '330ml' },
      units: [{ name: '箱', factor: 24, barcode: `69${code}2` }],
    },
    { code: `${code}-500`, price: 300, name: '500ml', minOrderQty: 6, orderStep: 6 },
  ],
  ...extra,
});

describe('creating products', () => {
  it('creates a product with SKUs and units (contract: → 201 {id, skus: [{id, code, price}]}); audited', async () => {
    const res = await admin.post('/api/products', {
      name: '雪碧',
      categoryId: soda,
      skus: [{ code: 'XB-1', price: 240 }],
    });
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({
      id: expect.any(Number),
      name: '雪碧',
      categoryName: '碳酸饮料',
      status: 'on',
      skus: [{ id: expect.any(Number), code: 'XB-1', price: 240, unit: '件', minOrderQty: 1, orderStep: 1 }],
    });
    const full = await admin.post('/api/products', cola('KKL'));
    expect(full.status).toBe(201);
    const sku = full.json().skus[0];
    expect(sku).toMatchObject({ unit: '瓶', specs: { 规格: '330ml' }, barcode: '69KKL1' });
    expect(sku.units).toEqual([
      {
        id: expect.any(Number),
        name: '箱',
        factor: 24,
        price: 6000,
        barcode: '69KKL2',
        retailPrice: null,
        isDefault: false,
      },
    ]);
    const audit = (await admin.get('/api/audit-log?action=product.created&pageSize=1')).json().items[0];
    expect(audit.targetId).toBe(String(full.json().id));
  });

  it('answers duplicate codes and barcodes with field paths (400 in the body, 409 against other products)', async () => {
    const dupBody = await admin.post('/api/products', {
      name: 'x',
      skus: [
        { code: 'D-1', price: 1, barcode: 'B1' },
        { code: 'D-1', price: 1, units: [{ name: '箱', factor: 2, barcode: 'B1' }] },
      ],
    });
    expect(dupBody.status).toBe(400);
    expect(dupBody.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual([
      '/body/skus/1/code',
      '/body/skus/1/units/0/barcode',
    ]);
    await admin.post('/api/products', cola('DUP'));
    const taken = await admin.post('/api/products', {
      name: 'y',
      skus: [
        { code: 'NEW-1', price: 1 },
        { code: 'DUP-330', price: 1, barcode: '69DUP2' },
      ],
    });
    expect(taken.status).toBe(409);
    expect(taken.json().error.details.fields).toEqual(
      expect.arrayContaining([
        { path: '/body/skus/1/code', message: 'SKU 编码 DUP-330 已被使用 / SKU code DUP-330 is already used' },
        {
          path: '/body/skus/1/barcode',
          message: '条码 69DUP2 已被其他商品使用 / barcode 69DUP2 is already used by another product',
        },
      ]),
    );
  });

  it('checks units, quantities, prices and references', async () => {
    const res = await admin.post('/api/products', {
      name: 'z',
      unit: '瓶',
      categoryId: 999999,
      brandId: 999998,
      visibleLevelIds: [999997],
      skus: [
        {
          code: 'U-1',
          price: 1,
          units: [
            { name: '瓶', factor: 6 },
            { name: '箱', factor: 24, isDefault: true },
            { name: '箱', factor: 12, isDefault: true },
          ],
        },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual([
      '/body/categoryId',
      '/body/brandId',
      '/body/visibleLevelIds/0',
    ]);
    const units = await admin.post('/api/products', {
      name: 'z',
      unit: '瓶',
      skus: [
        {
          code: 'U-1',
          price: 1,
          units: [
            { name: '瓶', factor: 6 },
            { name: '箱', factor: 24, isDefault: true },
            { name: '箱', factor: 12, isDefault: true },
          ],
        },
      ],
    });
    expect(units.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual([
      '/body/skus/0/units/0/name',
      '/body/skus/0/units/2/name',
      '/body/skus/0/units/2/isDefault',
    ]);
    for (const [sku, path] of [
      [{ code: 'Q', price: -1 }, '/body/skus/0/price'],
      [{ code: 'Q', price: 1, minOrderQty: 0 }, '/body/skus/0/minOrderQty'],
      [{ code: 'Q', price: 1, orderStep: 0 }, '/body/skus/0/orderStep'],
      [{ code: 'Q', price: 1, units: [{ name: '箱', factor: 1 }] }, '/body/skus/0/units/0/factor'],
    ] as const) {
      const r = await admin.post('/api/products', { name: 'q', skus: [sku] });
      expect(r.status).toBe(400);
      expect(r.json().error.details.fields[0].path).toBe(path);
    }
    expect((await admin.post('/api/products', { name: 'q', skus: [] })).json().error.details.fields[0].path).toBe(
      '/body/skus',
    );
  });

  it('sanitises the description to a safe subset of HTML', async () => {
    const res = await admin.post('/api/products', {
      name: '描述',
      skus: [{ code: 'DESC-1', price: 1 }],
      description:
        '<h3 class="x" onclick="evil()">标题</h3><p>好<b>喝</b><script>alert(1)</script></p>' +
        '<img src="/uploads/a.jpg" onerror="alert(1)"><img src="javascript:alert(1)"><a href="javascript:x">链接</a>',
    });
    expect(res.json().description).toBe('<h3>标题</h3><p>好喝</p><img src="/uploads/a.jpg">链接');
  });
});

describe('the HTML sanitiser', () => {
  it.each([
    ['<script>alert(1)</script>ok', 'ok'],
    ['<SCRIPT src=//evil></SCRIPT>ok', 'ok'],
    ['<script>never closed', ''],
    ['<img src=x onerror=alert(1)>', ''],
    ['<img src="https://cdn.example.com/a.png" onerror="alert(1)">', '<img src="https://cdn.example.com/a.png">'],
    ['<img src="&#106;avascript:alert(1)">', ''],
    ['<img src="java\tscript:alert(1)">', ''],
    ['<img src="data:image/svg+xml,<svg onload=alert(1)>">', ''],
    ['<img src="//evil.example/x.png">', ''],
    ['<img title="src=/ok.png" src="javascript:1">', ''],
    ['<p style="x" onmouseover="y">a &amp; b < c</p>', '<p>a &amp; b &lt; c</p>'],
    ['<iframe src="https://x"></iframe><svg><script>1</script></svg>t', 't'],
    ['<!-- <script>x</script> -->t', 't'],
    [
      '<ul><li>一</li><li>二</li></ul><br/><strong>s</strong><em>e</em><h4>h</h4>',
      '<ul><li>一</li><li>二</li></ul><br><strong>s</strong><em>e</em><h4>h</h4>',
    ],
    ['<p a=">"><x>', '<p>'],
  ])('%s', (input, output) => {
    expect(sanitiseDescription(input)).toBe(output);
  });
});

describe('listing and searching', () => {
  let colaId: number;
  beforeAll(async () => {
    colaId = (await admin.post('/api/products', cola('SRCH', { tags: ['hot'] }))).json().id;
  });

  const ids = async (client: TestClient, query: string) =>
    (await client.get(`/api/products?${query}`)).json().items.map((p: { id: number }) => p.id) as number[];

  it.each([['可乐'], ['kkkl'], ['kekou'], ['KeKouKeLe'], ['SRCH-500'], ['srch-330'], ['69SRCH1'], ['69SRCH2']])(
    'finds 可口可乐 by %s',
    async (q) => {
      expect(await ids(admin, `q=${encodeURIComponent(q)}&pageSize=100`)).toContain(colaId);
    },
  );

  it('treats LIKE wildcards literally and filters by category subtree, brand, tag and status', async () => {
    expect(await ids(admin, 'q=%25')).toEqual([]);
    expect(await ids(admin, 'q=_')).toEqual([]);
    expect(await ids(admin, `categoryId=${drinks}&pageSize=100`)).toContain(colaId);
    expect(await ids(admin, `brandId=${brand}&tag=hot`)).toEqual([colaId]);
    expect(await ids(admin, 'status=off&q=kkkl')).toEqual([]);
  });

  it('lists products with SKUs, units, thumb and total; pages', async () => {
    const list = (await admin.get(`/api/products?q=SRCH`)).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      id: colaId,
      name: '可口可乐',
      categoryName: '碳酸饮料',
      brandName: '可口可乐公司',
      thumbUrl: null,
      tags: ['hot'],
      skus: [
        { code: 'SRCH-330', price: 250, available: 0, units: [{ name: '箱', factor: 24, price: 6000 }] },
        { code: 'SRCH-500', price: 300, minOrderQty: 6, orderStep: 6, units: [] },
      ],
    });
    const page = (await admin.get('/api/products?pageSize=1&page=2')).json();
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThan(2);
    expect((await admin.get('/api/products?pageSize=10&page=999')).json()).toMatchObject({
      items: [],
      total: page.total,
    });
  });

  it('finds a product by a renamed brand (search text follows brand names)', async () => {
    await admin.patch(`/api/brands/${brand}`, { name: '太古' });
    expect(await ids(admin, 'q=taigu')).toContain(colaId);
    await admin.patch(`/api/brands/${brand}`, { name: '可口可乐公司' });
  });
});

describe('what a customer sees', () => {
  it('a buyer cannot write the catalog (403) and signed-out visitors see nothing (401)', async () => {
    const buyer = await createCustomerWithUser(ctx);
    expect((await buyer.client.post('/api/products', { name: 'x', skus: [{ code: 'X', price: 1 }] })).status).toBe(403);
    expect((await buyer.client.post('/api/categories', { name: 'x' })).status).toBe(403);
    expect((await buyer.client.post('/api/products/batch', { ids: [1], action: 'delete' })).status).toBe(403);
    expect((await ctx.anonymous().get('/api/products')).status).toBe(401);
    const warehouse = await createStaff(ctx, 'warehouse');
    expect((await warehouse.client.get('/api/products')).status).toBe(200);
    expect((await warehouse.client.patch('/api/products/1', { name: 'x' })).status).toBe(403);
  });

  it('hides off-shelf products, off-shelf SKUs and products of other levels; 404 on their pages', async () => {
    const gold = (await admin.post('/api/customer-levels', { name: '金牌客户', discountPercent: 90 })).json();
    const silver = (await admin.post('/api/customer-levels', { name: '银牌客户', discountPercent: 95 })).json();
    const goldBuyer = await createCustomerWithUser(ctx);
    await ctx.database.db.execute(sql`UPDATE customers SET level_id = ${gold.id} WHERE id = ${goldBuyer.customer.id}`);
    const plain = await createCustomerWithUser(ctx);
    const visible = (await admin.post('/api/products', cola('VIS'))).json();
    const off = (await admin.post('/api/products', cola('OFF', { status: 'off' }))).json();
    const goldOnly = (await admin.post('/api/products', cola('GOLD', { visibleLevelIds: [gold.id] }))).json();
    const silverOnly = (await admin.post('/api/products', cola('SILV', { visibleLevelIds: [silver.id] }))).json();
    await admin.patch(`/api/products/${visible.id}`, {
      skus: [
        { id: visible.skus[0].id, code: 'VIS-330', price: 250 },
        { id: visible.skus[1].id, code: 'VIS-500', price: 300, status: 'off' },
      ],
    });

    const seen = async (client: TestClient) =>
      (await client.get('/api/products?pageSize=100')).json().items.map((p: { id: number }) => p.id);
    expect(await seen(goldBuyer.client)).toEqual(expect.arrayContaining([visible.id, goldOnly.id]));
    expect(await seen(goldBuyer.client)).not.toContain(off.id);
    expect(await seen(goldBuyer.client)).not.toContain(silverOnly.id);
    expect(await seen(plain.client)).not.toContain(goldOnly.id);
    expect(await seen(admin)).toEqual(expect.arrayContaining([off.id, goldOnly.id, silverOnly.id]));

    const page = (await goldBuyer.client.get(`/api/products/${visible.id}`)).json();
    expect(page.skus.map((s: { code: string }) => s.code)).toEqual(['VIS-330']);
    expect((await goldBuyer.client.get(`/api/products/${off.id}`)).status).toBe(404);
    expect((await plain.client.get(`/api/products/${goldOnly.id}`)).status).toBe(404);
    expect((await goldBuyer.client.get(`/api/products/${silverOnly.id}`)).status).toBe(404);
    expect((await admin.get(`/api/products/${off.id}`)).status).toBe(200);
  });

  it('shows a buyer its own prices (level discount, customer price) and quantity tiers; staff base prices', async () => {
    const level = (await admin.post('/api/customer-levels', { name: '九折', discountPercent: 90 })).json();
    const buyer = await createCustomerWithUser(ctx);
    await ctx.database.db.execute(sql`UPDATE customers SET level_id = ${level.id} WHERE id = ${buyer.customer.id}`);
    const product = (await admin.post('/api/products', cola('PRC'))).json();
    const [small, big] = product.skus;
    expect((await admin.post(`/api/customers/${buyer.customer.id}/prices`, { skuId: big.id, price: 199 })).status).toBe(
      201,
    );
    // Straight into the table: the quantity-break API belongs to pricing and has its own tests.
    await ctx.database.db.execute(
      sql`INSERT INTO quantity_breaks (sku_id, min_quantity, price) VALUES (${small.id}, 48, 200)`,
    );

    const listed = (await buyer.client.get('/api/products?q=PRC')).json().items[0];
    expect(listed.skus[0]).toMatchObject({ price: 225, units: [{ name: '箱', price: 5400 }] });
    expect(listed.skus[1].price).toBe(199);
    const detail = (await buyer.client.get(`/api/products/${product.id}`)).json();
    expect(detail.skus[0]).toMatchObject({ price: 225, tiers: [{ unitId: null, minQuantity: 48, unitPrice: 200 }] });
    expect(detail.skus[1]).toMatchObject({ price: 199, tiers: [] });
    const staff = (await admin.get(`/api/products/${product.id}`)).json();
    expect(staff.skus.map((s: { price: number }) => s.price)).toEqual([250, 300]);
    expect(staff.skus[0].tiers).toBeUndefined();
  });
});

describe('changing products', () => {
  it('replaces the SKU set: updates by id, creates without id, deletes the rest; search follows', async () => {
    const created = (await admin.post('/api/products', cola('UPD'))).json();
    const [keep] = created.skus;
    const res = await admin.patch(`/api/products/${created.id}`, {
      name: '零度可乐',
      tags: ['new'],
      skus: [
        { id: keep.id, code: 'UPD-330', price: 260, units: [{ id: keep.units[0].id, name: '箱', factor: 12 }] },
        { code: 'UPD-2L', price: 800, barcode: '69UPDNEW' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({
      name: '零度可乐',
      tags: ['new'],
      skus: [
        { id: keep.id, price: 260, units: [{ id: keep.units[0].id, factor: 12, price: 3120 }] },
        { code: 'UPD-2L', price: 800 },
      ],
    });
    expect(res.json().skus).toHaveLength(2);
    const find = async (q: string) =>
      (await admin.get(`/api/products?q=${q}`)).json().items.map((p: { id: number }) => p.id);
    expect(await find('ldkl')).toEqual([created.id]);
    expect(await find('69UPDNEW')).toEqual([created.id]);
    expect(await find('UPD-500')).toEqual([]);
    expect((await admin.get('/api/audit-log?action=product.updated&pageSize=1')).json().items[0].targetId).toBe(
      String(created.id),
    );
  });

  it('refuses SKU ids of another product and 404s an unknown product', async () => {
    const a = (await admin.post('/api/products', cola('OWNA'))).json();
    const b = (await admin.post('/api/products', cola('OWNB'))).json();
    const res = await admin.patch(`/api/products/${a.id}`, { skus: [{ id: b.skus[0].id, code: 'OWN-X', price: 1 }] });
    expect(res.status).toBe(400);
    expect(res.json().error.details.fields[0].path).toBe('/body/skus/0/id');
    expect((await admin.patch('/api/products/987654', { name: 'x' })).status).toBe(404);
  });

  it('puts products on and off the shelf and deletes them in batches; audited', async () => {
    const a = (await admin.post('/api/products', cola('BA'))).json();
    const b = (await admin.post('/api/products', cola('BB'))).json();
    expect((await admin.post('/api/products/batch', { ids: [a.id, b.id, 987654], action: 'off' })).json()).toEqual({
      updated: 2,
    });
    expect((await admin.get(`/api/products/${a.id}`)).json().status).toBe('off');
    const audit = (await admin.get('/api/audit-log?action=product.batch&pageSize=1')).json().items[0];
    expect(audit.details).toEqual({ action: 'off', ids: [a.id, b.id] });
    expect((await admin.post('/api/products/batch', { ids: [a.id], action: 'delete' })).json()).toEqual({ updated: 1 });
    expect((await admin.get(`/api/products/${a.id}`)).status).toBe(404);
    const tooMany = await admin.post('/api/products/batch', {
      ids: Array.from({ length: 501 }, (_, i) => i + 1),
      action: 'on',
    });
    expect(tooMany.status).toBe(400);
    expect((await admin.delete(`/api/products/${b.id}`)).status).toBe(204);
    expect((await admin.delete(`/api/products/${b.id}`)).status).toBe(404);
  });
});

describe('categories and brands', () => {
  it('creates, moves and deletes categories; refuses cycles, duplicates and non-empty deletes', async () => {
    const top = (await admin.post('/api/categories', { name: '零食' })).json();
    const child = (await admin.post('/api/categories', { name: '薯片', parentId: top.id, sort: 2 })).json();
    expect(child).toMatchObject({ parentId: top.id, sort: 2, productCount: 0 });
    expect((await admin.post('/api/categories', { name: '薯片', parentId: top.id })).status).toBe(409);
    const cycle = await admin.patch(`/api/categories/${top.id}`, { parentId: child.id });
    expect(cycle.status).toBe(400);
    expect(cycle.json().error.details.fields[0].path).toBe('/body/parentId');
    expect((await admin.post('/api/categories', { name: 'x', parentId: 999999 })).status).toBe(400);
    expect((await admin.delete(`/api/categories/${top.id}`)).status).toBe(409);
    await admin.post('/api/products', { name: '乐事', categoryId: child.id, skus: [{ code: 'LS-1', price: 1 }] });
    expect(
      (await admin.get('/api/categories')).json().items.find((c: { id: number }) => c.id === top.id),
    ).toMatchObject({ productCount: 1 });
    expect((await admin.delete(`/api/categories/${child.id}`)).status).toBe(409);
    const empty = (await admin.post('/api/categories', { name: '空' })).json();
    expect(
      (await admin.patch(`/api/categories/${empty.id}`, { name: '空分类', parentId: top.id })).json(),
    ).toMatchObject({ name: '空分类', parentId: top.id });
    expect((await admin.delete(`/api/categories/${empty.id}`)).status).toBe(204);
  });

  it('lists brands with product counts; a used brand cannot be deleted', async () => {
    const used = (await admin.post('/api/brands', { name: '农夫山泉' })).json();
    expect((await admin.post('/api/brands', { name: '农夫山泉' })).status).toBe(409);
    await admin.post('/api/products', { name: '矿泉水', brandId: used.id, skus: [{ code: 'NF-1', price: 1 }] });
    const listed = (await admin.get('/api/brands')).json().items.find((b: { id: number }) => b.id === used.id);
    expect(listed).toEqual({ id: used.id, name: '农夫山泉', sort: 0, productCount: 1 });
    expect((await admin.delete(`/api/brands/${used.id}`)).status).toBe(409);
    const unused = (await admin.post('/api/brands', { name: '空品牌' })).json();
    expect((await admin.delete(`/api/brands/${unused.id}`)).status).toBe(204);
  });
});

describe('explicit nulls', () => {
  it('stores null (not 0) for a retail price or unit price sent as null', async () => {
    const res = await admin.post('/api/products', {
      name: '空值测试',
      skus: [
        {
          code: 'NULL-1',
          price: 300,
          retailPrice: null,
          barcode: null,
          units: [{ name: '箱', factor: 12, price: null, retailPrice: null }],
        },
      ],
    });
    expect(res.status).toBe(201);
    const sku = res.json().skus[0];
    expect(sku.retailPrice).toBeNull();
    expect(sku.barcode).toBeNull();
    // A unit without its own price costs factor × the base price.
    expect(sku.units[0]).toMatchObject({ price: 3600 });
    const [row] = await ctx.database.db
      .execute(
        (await import('drizzle-orm'))
          .sql`SELECT u.price FROM sku_units u JOIN skus s ON s.id = u.sku_id WHERE s.code = 'NULL-1'`,
      )
      .then((r) => (r as unknown as { rows: { price: string | null }[] }).rows);
    expect(row!.price).toBeNull();
  });
});

describe('stock in catalog lists', () => {
  it('shows base units available to order: on hand less reserved over active warehouses', async () => {
    const created = (
      await admin.post('/api/products', { name: '库存展示', skus: [{ code: 'STOCK-1', price: 100 }] })
    ).json();
    const skuId = created.skus[0].id;
    const before = (await admin.get('/api/products?q=STOCK-1')).json().items[0].skus[0];
    expect(before.available).toBe(0);
    expect((await admin.post('/api/inventory/adjustments', { skuId, quantity: 30, reason: '期初' })).status).toBe(201);
    const after = (await admin.get('/api/products?q=STOCK-1')).json().items[0].skus[0];
    expect(after.available).toBe(30);
    expect((await admin.get(`/api/products/${created.id}`)).json().skus[0].available).toBe(30);
  });
});
