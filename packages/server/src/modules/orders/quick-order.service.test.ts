import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCustomerWithUser, createStaff, createStockedSku } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import { postFile } from '../../../test/multipart.ts';
import { resolvePrices } from '../pricing/pricing.service.ts';

let ctx: TestContext;
let admin: TestClient;
type Sku = Awaited<ReturnType<typeof createStockedSku>>;
const skus = {} as Record<'cola' | 'zero' | 'pepsi' | 'sprite' | 'vip' | 'fanta', Sku>;
let water: { id: number; skus: { id: number; code: string; name: string }[] };
let vipLevel: number;
let buyer: Awaited<ReturnType<typeof createCustomerWithUser>>;

const fieldPaths = (res: { json(): { error: { details?: { fields?: { path: string }[] } } } }) =>
  (res.json().error.details?.fields ?? []).map((f) => f.path);
const parse = (client: TestClient, text: string, customerId?: number) =>
  client.post('/api/orders/quick-parse', { text, ...(customerId ? { customerId } : {}) });

beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
  const level = await admin.post('/api/customer-levels', {
    name: `金牌${randomBytes(3).toString('hex')}`,
    discountPercent: 100,
  });
  vipLevel = level.json().id;
  skus.cola = await createStockedSku(ctx, 240, {
    name: '可口可乐',
    price: 300,
    barcode: '6901234567890',
    units: [{ name: '箱', factor: 24, barcode: '16901234567897' }],
  });
  skus.zero = await createStockedSku(ctx, 0, { name: '可口可乐零度', price: 320 });
  skus.pepsi = await createStockedSku(ctx, 100, { name: '百事可乐', price: 280, units: [{ name: '箱', factor: 24 }] });
  skus.sprite = await createStockedSku(ctx, 120, { name: '雪碧', price: 290, units: [{ name: '箱', factor: 12 }] });
  skus.vip = await createStockedSku(ctx, 10, { name: '金牌专供茅台', price: 150_000, visibleLevelIds: [vipLevel] });
  skus.fanta = await createStockedSku(ctx, 10, { name: '芬达', price: 290 });
  expect((await admin.patch(`/api/products/${skus.fanta.productId}`, { status: 'off' })).status).toBe(200);
  const res = await admin.post('/api/products', {
    name: '农夫山泉',
    skus: [
      {
        code: `NF550-${randomBytes(2).toString('hex')}`,
        name: '550ml',
        price: 150,
        unit: '瓶',
        units: [{ name: '箱', factor: 24 }],
      },
      { code: `NF15-${randomBytes(2).toString('hex')}`, name: '1.5L', price: 300, unit: '瓶' },
    ],
  });
  expect(res.status).toBe(201);
  water = res.json();
  buyer = await createCustomerWithUser(ctx);
  // The buyer's own price for a bottle of cola.
  expect(
    (await admin.post(`/api/customers/${buyer.customer.id}/prices`, { skuId: skus.cola.id, price: 250 })).status,
  ).toBe(201);
});
afterAll(() => ctx.close());

describe('POST /api/orders/quick-parse', () => {
  it('reads a chat message: a clear name is matched in the unit written, a vague one is ambiguous', async () => {
    const res = await parse(buyer.client, '可乐 10箱，雪碧5箱');
    expect(res.status).toBe(200);
    const { customerId, items } = res.json();
    expect(customerId).toBe(buyer.customer.id);
    const [cola, sprite] = items;
    expect(cola).toMatchObject({
      input: '可乐 10箱',
      query: '可乐',
      quantity: 10,
      unitName: '箱',
      status: 'ambiguous',
    });
    expect(cola.chosen).toBeNull();
    const names = cola.candidates.map((c: { productName: string }) => c.productName);
    expect(names).toEqual(expect.arrayContaining(['可口可乐', '百事可乐']));
    expect(names.length).toBeLessThanOrEqual(5);
    expect(sprite).toMatchObject({
      query: '雪碧',
      status: 'matched',
      chosen: 0,
      message: null,
      candidates: [
        {
          skuId: skus.sprite.id,
          code: skus.sprite.code,
          productName: '雪碧',
          unitId: skus.sprite.units[0].id,
          unitName: '箱',
          unitFactor: 12,
          unitPrice: 12 * 290,
          available: 120,
        },
      ],
    });
  });

  it('finds 可口可乐 by its pinyin initials and prices its 箱 at the buyer’s own price', async () => {
    const { items } = (await parse(buyer.client, 'kkkl 3箱')).json();
    expect(items[0]).toMatchObject({ status: 'matched', quantity: 3, unitName: '箱' });
    const chosen = items[0].candidates[0];
    expect(chosen).toMatchObject({ skuId: skus.cola.id, unitName: '箱', unitFactor: 24, available: 240 });
    const [own] = await resolvePrices(ctx.database.db, buyer.customer.id, [
      { skuId: skus.cola.id, unitId: skus.cola.units[0].id, quantity: 3 },
    ]);
    expect(chosen.unitPrice).toBe(own.unitPrice);
    // The bottle: the customer price of 250 fen, not the base 300.
    const bottle = (await parse(buyer.client, '可口可乐 6瓶')).json().items[0];
    expect(bottle).toMatchObject({ status: 'matched', chosen: 0 });
    expect(bottle.candidates[0]).toMatchObject({ skuId: skus.cola.id, unitId: null, unitName: '瓶', unitPrice: 250 });
    // The alternatives stay for the buyer to switch to, best first.
    expect(bottle.candidates[1]).toMatchObject({ productName: '可口可乐零度', unitPrice: 320, available: 0 });
  });

  it('matches an exact SKU code, SKU barcode or unit barcode outright', async () => {
    const text = `${skus.pepsi.code} 5; 6901234567890 x2\n16901234567897 3`;
    const { items } = (await parse(buyer.client, text)).json();
    expect(items.map((i: { status: string }) => i.status)).toEqual(['matched', 'matched', 'matched']);
    expect(items[0].candidates).toEqual([expect.objectContaining({ skuId: skus.pepsi.id, score: 1, unitName: '瓶' })]);
    expect(items[1]).toMatchObject({
      quantity: 2,
      candidates: [{ skuId: skus.cola.id, unitId: null, unitPrice: 250 }],
    });
    // A case barcode is a case.
    expect(items[2]).toMatchObject({
      quantity: 3,
      candidates: [{ skuId: skus.cola.id, unitName: '箱', unitFactor: 24 }],
    });
    // A code typed in lower case is still found.
    const lower = (await parse(buyer.client, `${skus.pepsi.code.toLowerCase()} 1`)).json().items[0];
    expect(lower).toMatchObject({ status: 'matched', candidates: [{ skuId: skus.pepsi.id }] });
  });

  it('tells SKUs of one product apart by the spec written', async () => {
    const vague = (await parse(buyer.client, '农夫山泉 2')).json().items[0];
    expect(vague.status).toBe('ambiguous');
    expect(vague.candidates.map((c: { skuId: number }) => c.skuId).sort()).toEqual(water.skus.map((s) => s.id).sort());
    const exact = (await parse(buyer.client, '农夫山泉550ml 2箱')).json().items[0];
    expect(exact).toMatchObject({
      status: 'matched',
      candidates: [{ skuId: water.skus[0].id, skuName: '550ml', unitName: '箱', unitFactor: 24 }],
    });
  });

  it('makes an item ambiguous when the SKU lacks the unit written', async () => {
    const item = (await parse(buyer.client, '雪碧 3桶')).json().items[0];
    expect(item).toMatchObject({ status: 'ambiguous', chosen: null, unitName: '桶' });
    expect(item.message).toContain('桶');
    expect(item.candidates[0]).toMatchObject({ skuId: skus.sprite.id, unitName: '瓶' });
  });

  it('answers unmatched for what the catalog does not hold, is off the shelf, or the level may not see', async () => {
    const text = `不存在的商品 3箱\n芬达 2\n${skus.fanta.code}\n金牌专供茅台 1\n${skus.vip.code}`;
    const { items } = (await parse(buyer.client, text)).json();
    expect(items.map((i: { status: string }) => i.status)).toEqual(Array(5).fill('unmatched'));
    expect(items.every((i: { candidates: unknown[] }) => i.candidates.length === 0)).toBe(true);

    const vip = await createCustomerWithUser(ctx);
    expect((await admin.patch(`/api/customers/${vip.customer.id}`, { levelId: vipLevel })).status).toBe(200);
    const seen = (await parse(vip.client, `金牌专供茅台 1\n${skus.vip.code}`)).json().items;
    expect(seen.map((i: { status: string }) => i.status)).toEqual(['matched', 'matched']);
  });

  it('lets staff read for a customer in scope; a salesperson gets 404 for another’s customer', async () => {
    const staff = (await parse(admin, '可口可乐 6瓶', buyer.customer.id)).json();
    expect(staff.customerId).toBe(buyer.customer.id);
    expect(staff.items[0].candidates[0]).toMatchObject({ skuId: skus.cola.id, unitPrice: 250 });
    const missing = await parse(admin, '可口可乐 6瓶');
    expect(missing.status).toBe(400);
    expect(fieldPaths(missing)).toEqual(['/body/customerId']);

    const sales = await createStaff(ctx, 'salesperson');
    expect((await parse(sales.client, '可乐', buyer.customer.id)).status).toBe(404);
    const own = await createCustomerWithUser(ctx, { salespersonId: sales.user.id });
    expect((await parse(sales.client, '可乐', own.customer.id)).status).toBe(200);
    // A customer user may not read for another company.
    expect((await parse(buyer.client, '可乐', own.customer.id)).status).toBe(404);
  });

  it('refuses empty, blank, too long and too many items with a field path, never a 500', async () => {
    for (const [body, path] of [
      [{ text: '' }, '/body/text'],
      [{ text: ' \n ，, ' }, '/body/text'],
      [{ text: '可乐'.repeat(2501) }, '/body/text'],
      [{ text: Array.from({ length: 201 }, (_, i) => `商品${i} 1`).join('\n') }, '/body/text'],
      [{}, '/body/text'],
      [{ text: '可乐', customerId: 'x' }, '/body/customerId'],
    ] as const) {
      const res = await buyer.client.post('/api/orders/quick-parse', body);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(fieldPaths(res)).toContain(path);
    }
    const odd = await parse(buyer.client, "%_\\ 3箱; '; DROP TABLE products; -- 2; 🍺 x3; 0箱可乐");
    expect(odd.status).toBe(200);
  });

  it('runs the same number of statements for 1 item as for 100', async () => {
    const spy = vi.spyOn(ctx.database.db, 'execute');
    const count = async (text: string) => {
      spy.mockClear();
      expect((await parse(buyer.client, text)).status).toBe(200);
      return spy.mock.calls.length;
    };
    const one = await count('可口可乐 3箱');
    const many = await count(
      Array.from(
        { length: 100 },
        (_, i) => [`雪碧 ${i + 1}箱`, skus.cola.code, '6901234567890 x2', '可乐'][i % 4],
      ).join('\n'),
    );
    spy.mockRestore();
    expect(many).toBe(one);
    // Exact codes, one search for all items, one pricing and one availability call (plus the session).
    expect(one).toBeLessThanOrEqual(6);
  });
});

async function sheet(rows: (string | number)[][]) {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('订单');
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('POST /api/orders/quick-parse/excel', () => {
  it('reads rows by header into the same items, with their sheet rows', async () => {
    const data = await sheet([
      ['商品编码', '名称', '数量', '单位'],
      [skus.sprite.code, '', 2, '箱'],
      ['', 'kkkl', '3', ''],
      ['', '不存在', 1, ''],
    ]);
    const res = await postFile(buyer.client, '/api/orders/quick-parse/excel', { data, filename: 'order.xlsx' });
    expect(res.status).toBe(200);
    expect(res.json().items).toMatchObject([
      {
        row: 2,
        status: 'matched',
        quantity: 2,
        candidates: [{ skuId: skus.sprite.id, unitName: '箱', unitFactor: 12 }],
      },
      { row: 3, status: 'matched', quantity: 3, chosen: 0 },
      { row: 4, status: 'unmatched', candidates: [] },
    ]);
    expect(res.json().items[1].candidates[0].skuId).toBe(skus.cola.id);
  });

  it('reads the first three columns without a header; staff name the customer in the query', async () => {
    const data = await sheet([['6901234567890', 4, '箱']]);
    const res = await postFile(admin, `/api/orders/quick-parse/excel?customerId=${buyer.customer.id}`, {
      data,
      filename: 'o.xlsx',
    });
    expect(res.status).toBe(200);
    expect(res.json().items).toMatchObject([
      { row: 1, quantity: 4, candidates: [{ skuId: skus.cola.id, unitName: '箱' }] },
    ]);
  });

  it('serves a template that reads back, and refuses what is no sheet or holds no items', async () => {
    const template = await buyer.client.app.inject({
      method: 'GET',
      url: '/api/orders/quick-parse/template.xlsx',
      headers: { cookie: buyer.client.cookie ?? '' },
    });
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toContain('spreadsheetml');
    const back = await postFile(buyer.client, '/api/orders/quick-parse/excel', {
      data: template.rawPayload,
      filename: 't.xlsx',
    });
    expect(back.status).toBe(200);
    expect(back.json().items).toMatchObject([{ row: 2, query: 'SKU-001', quantity: 5, unitName: '箱' }]);

    const junk = await postFile(buyer.client, '/api/orders/quick-parse/excel', {
      data: Buffer.from('not a sheet'),
      filename: 'x.xlsx',
    });
    expect(junk.status).toBe(400);
    expect(fieldPaths(junk)).toEqual(['/body/file']);
    const empty = await postFile(buyer.client, '/api/orders/quick-parse/excel', {
      data: await sheet([['商品编码', '数量', '单位']]),
      filename: 'e.xlsx',
    });
    expect(empty.status).toBe(400);
    expect(fieldPaths(empty)).toEqual(['/body/file']);
  });
});

describe('GET /api/orders/frequent-items', () => {
  it('lists what the customer ordered most in non-cancelled orders, with its usual unit, own price and stock', async () => {
    const regular = await createCustomerWithUser(ctx);
    const caseUnit = skus.cola.units[0].id;
    const place = async (lines: { skuId: number; quantity: number; unitId?: number }[]) => {
      const res = await regular.client.post('/api/orders', { lines });
      expect(res.status).toBe(201);
      return res.json().id as number;
    };
    await place([
      { skuId: skus.cola.id, unitId: caseUnit, quantity: 2 },
      { skuId: skus.sprite.id, quantity: 5 },
    ]);
    await place([{ skuId: skus.cola.id, unitId: caseUnit, quantity: 1 }]);
    const cancelled = await place([{ skuId: skus.sprite.id, quantity: 10 }]);
    expect((await regular.client.post(`/api/orders/${cancelled}/cancel`, { reason: '下错了' })).status).toBe(200);

    const res = await regular.client.get('/api/orders/frequent-items');
    expect(res.status).toBe(200);
    const { customerId, items } = res.json();
    expect(customerId).toBe(regular.customer.id);
    expect(items).toMatchObject([
      {
        skuId: skus.cola.id,
        orderCount: 2,
        totalBaseQuantity: 72,
        unitId: caseUnit,
        unitName: '箱',
        unitFactor: 24,
        lastQuantity: 1,
        unitPrice: 24 * 300,
        orderable: true,
      },
      { skuId: skus.sprite.id, orderCount: 1, totalBaseQuantity: 5, unitId: null, unitName: '瓶', lastQuantity: 5 },
    ]);
    expect(items[0].available).toBe(240 - 72 - (await reservedElsewhere(skus.cola.id)));
    expect(new Date(items[0].lastOrderedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    expect((await admin.get(`/api/orders/frequent-items?customerId=${regular.customer.id}`)).json().items).toHaveLength(
      2,
    );
    expect((await regular.client.get(`/api/orders/frequent-items?customerId=${buyer.customer.id}`)).status).toBe(404);
    const sales = await createStaff(ctx, 'salesperson');
    expect((await sales.client.get(`/api/orders/frequent-items?customerId=${regular.customer.id}`)).status).toBe(404);
    const noCustomer = await admin.get('/api/orders/frequent-items');
    expect(noCustomer.status).toBe(400);
    expect(fieldPaths(noCustomer)).toEqual(['/querystring/customerId']);
    expect((await buyer.client.get('/api/orders/frequent-items')).json().items).toEqual([]);
  });
});

/** Base units of a SKU reserved by orders of other tests in this file. */
async function reservedElsewhere(skuId: number): Promise<number> {
  const level = (await admin.get(`/api/inventory/levels?skuId=${skuId}`)).json().items[0];
  return level.reserved - 72;
}
