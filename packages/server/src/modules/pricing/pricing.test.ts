import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser, createStaff, PASSWORD, roleId } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import type { DbOrTx } from '../../db/client.ts';
import { products, skus, skuUnits } from '../../db/schema/index.ts';
import { AppError } from '../../lib/errors.ts';
import { explainPrice, quantityTiers, resolvePrices } from './pricing.service.ts';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
});
afterAll(() => ctx.close());

const DAY = 86_400_000;

/** A product with one SKU (base unit 瓶) and optional larger units, inserted directly. */
async function createSku(price: number, units: { name: string; factor: number; price?: number }[] = []) {
  const db = ctx.database.db;
  const [product] = await db
    .insert(products)
    .values({ name: `可口可乐 ${price}` })
    .returning();
  const [sku] = await db
    .insert(skus)
    .values({ productId: product.id, code: `SKU-${randomBytes(4).toString('hex')}`, name: '500ml', unit: '瓶', price })
    .returning();
  const rows = units.length
    ? await db
        .insert(skuUnits)
        .values(units.map((u) => ({ skuId: sku.id, name: u.name, factor: u.factor, price: u.price ?? null })))
        .returning()
    : [];
  return {
    id: sku.id,
    code: sku.code,
    productName: product.name,
    units: rows.map((u) => ({ id: u.id, name: u.name })),
  };
}

async function createLevel(discountPercent: number) {
  const res = await admin.post('/api/customer-levels', {
    name: `等级${randomBytes(3).toString('hex')}`,
    discountPercent,
  });
  expect(res.status).toBe(201);
  return res.json() as { id: number; name: string };
}

async function createCustomer(body: { levelId?: number; salespersonId?: number } = {}) {
  const res = await admin.post('/api/customers', { name: `客户${randomBytes(3).toString('hex')}`, ...body });
  expect(res.status).toBe(201);
  return res.json() as { id: number };
}

const explain = (client: TestClient, query: Record<string, string | number>) =>
  client.get(`/api/pricing/explain?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`);

const fieldPaths = (res: { json(): { error: { details?: { fields?: { path: string }[] } } } }) =>
  (res.json().error.details?.fields ?? []).map((f) => f.path);

describe('price explanation (GET /api/pricing/explain)', () => {
  it('walks base → discount → level price → customer price → quantity break and says which won', async () => {
    const sku = await createSku(350);
    const level = await createLevel(90);
    const customer = await createCustomer({ levelId: level.id });
    const q = { customerId: customer.id, skuId: sku.id };

    let res = await explain(admin, q);
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({
      customerId: customer.id,
      skuId: sku.id,
      unitId: null,
      unitName: '瓶',
      quantity: 1,
      unitPrice: 315,
      rule: 'level_discount',
      sourceId: null,
      basePrice: 350,
      levelId: level.id,
      discountPercent: 90,
    });

    const levelPrice = (await admin.post('/api/level-prices', { levelId: level.id, skuId: sku.id, price: 300 })).json();
    expect((await explain(admin, q)).json()).toMatchObject({
      unitPrice: 300,
      rule: 'level_price',
      sourceId: levelPrice.id,
    });

    // A customer price wins even when it is higher than the level price.
    const mine = await admin.post(`/api/customers/${customer.id}/prices`, { skuId: sku.id, price: 320 });
    expect(mine.status).toBe(201);
    res = await explain(admin, q);
    expect(res.json()).toMatchObject({ unitPrice: 320, rule: 'customer_price', sourceId: mine.json().id });
    expect(res.json().steps.find((s: { applied: boolean }) => s.applied).note).toBe('客户专属价 ¥3.20 (优先于等级价)');

    await admin.request('PUT', `/api/skus/${sku.id}/quantity-breaks`, { tiers: [{ minQuantity: 10, price: 280 }] });
    expect((await explain(admin, { ...q, quantity: 9 })).json()).toMatchObject({
      unitPrice: 320,
      rule: 'customer_price',
    });
    res = await explain(admin, { ...q, quantity: 10 });
    expect(res.json()).toMatchObject({ unitPrice: 280, rule: 'quantity_break' });
    expect(res.json().steps.map((s: { rule: string; applied: boolean }) => [s.rule, s.applied])).toEqual([
      ['base', false],
      ['level_discount', false],
      ['level_price', false],
      ['customer_price', false],
      ['quantity_break', true],
    ]);
  });

  it('honours time windows through `at`; a customer without a level pays the base price', async () => {
    const sku = await createSku(1000);
    const customer = await createCustomer();
    const start = new Date(Date.now() + 10 * DAY);
    const end = new Date(Date.now() + 20 * DAY);
    const promo = await admin.post(`/api/customers/${customer.id}/prices`, {
      skuId: sku.id,
      price: 800,
      startsAt: start.toISOString(),
      endsAt: end.toISOString(),
      note: '双十一',
    });
    expect(promo.status).toBe(201);
    const at = (t: Date) => explain(admin, { customerId: customer.id, skuId: sku.id, at: t.toISOString() });
    const now = (await at(new Date())).json();
    expect(now).toMatchObject({ unitPrice: 1000, rule: 'base', levelId: null });
    expect(now.steps[1]).toMatchObject({ rule: 'customer_price', applied: false, note: '客户专属价 ¥8.00 (尚未生效)' });
    expect((await at(start)).json()).toMatchObject({ unitPrice: 800, rule: 'customer_price' });
    expect((await at(new Date(end.getTime() - 1))).json().unitPrice).toBe(800);
    const after = (await at(end)).json();
    expect(after).toMatchObject({ unitPrice: 1000, rule: 'base', at: end.toISOString() });
    expect(after.steps[1].note).toContain('已过期');
  });

  it('prices a larger unit at factor × base unless it has its own price; a foreign unit is a 400', async () => {
    const sku = await createSku(250, [
      { name: '箱', factor: 24 },
      { name: '提', factor: 6, price: 1400 },
    ]);
    const other = await createSku(100, [{ name: '箱', factor: 12 }]);
    const level = await createLevel(80);
    const customer = await createCustomer({ levelId: level.id });
    const [box, pack] = sku.units;
    const q = { customerId: customer.id, skuId: sku.id };
    expect((await explain(admin, { ...q, unitId: box.id })).json()).toMatchObject({
      unitName: '箱',
      basePrice: 6000,
      unitPrice: 4800,
    });
    expect((await explain(admin, { ...q, unitId: pack.id })).json()).toMatchObject({
      basePrice: 1400,
      unitPrice: 1120,
    });
    const bad = await explain(admin, { ...q, unitId: other.units[0].id });
    expect(bad.status).toBe(400);
    expect(fieldPaths(bad)).toEqual(['/querystring/unitId']);
    const missing = await explain(admin, { customerId: customer.id, skuId: 99999999 });
    expect(fieldPaths(missing)).toEqual(['/querystring/skuId']);
    expect((await explain(admin, { customerId: 99999999, skuId: sku.id })).status).toBe(404);
    expect((await explain(admin, { ...q, quantity: 0 })).status).toBe(400);
    expect((await explain(admin, { ...q, at: 'yesterday' })).status).toBe(400);
    // A leap second passes the date-time format but is no JavaScript time.
    const leap = await explain(admin, { ...q, at: '2026-06-30T23:59:60Z' });
    expect(fieldPaths(leap)).toEqual(['/querystring/at']);
  });
});

describe('customer prices (contract: POST /api/customers/:id/prices)', () => {
  it('creates with {skuId, price} → 201, lists with the base price, updates the same window in place; audited', async () => {
    const sku = await createSku(500, [{ name: '箱', factor: 10 }]);
    const customer = await createCustomer();
    const res = await admin.post(`/api/customers/${customer.id}/prices`, { skuId: sku.id, price: 450 });
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({
      id: expect.any(Number),
      skuId: sku.id,
      skuCode: sku.code,
      productName: sku.productName,
      skuName: '500ml',
      unitId: null,
      unitName: '瓶',
      price: 450,
      basePrice: 500,
      startsAt: null,
      endsAt: null,
      note: '',
    });
    const again = await admin.post(`/api/customers/${customer.id}/prices`, { skuId: sku.id, price: 440, note: '年框' });
    expect(again.json()).toMatchObject({ id: res.json().id, price: 440, note: '年框' });
    await admin.post(`/api/customers/${customer.id}/prices`, { skuId: sku.id, unitId: sku.units[0].id, price: 4200 });

    const list = (await admin.get(`/api/customers/${customer.id}/prices`)).json();
    expect(list.total).toBe(2);
    expect(list.items.map((i: { unitName: string; basePrice: number }) => [i.unitName, i.basePrice])).toEqual([
      ['瓶', 500],
      ['箱', 5000],
    ]);
    expect((await admin.get(`/api/customers/${customer.id}/prices?pageSize=1&page=3`)).json()).toEqual({
      items: [],
      total: 2,
    });

    const audit = (await admin.get('/api/audit-log?action=price.customer_set&pageSize=5')).json().items;
    expect(audit.find((a: { targetId: string }) => a.targetId === String(res.json().id)).details).toMatchObject({
      customerId: customer.id,
      price: 440,
      previousPrice: 450,
    });
  });

  it('patches and deletes a customer price; refuses bad input with field paths', async () => {
    const sku = await createSku(500);
    const other = await createSku(100, [{ name: '箱', factor: 12 }]);
    const customer = await createCustomer();
    const url = `/api/customers/${customer.id}/prices`;
    const created = (await admin.post(url, { skuId: sku.id, price: 400 })).json();

    const patched = await admin.patch(`/api/customer-prices/${created.id}`, {
      price: 390,
      endsAt: '2030-01-01T00:00:00Z',
      note: '调价',
    });
    expect(patched.json()).toMatchObject({ price: 390, endsAt: '2030-01-01T00:00:00.000Z', note: '调价' });
    const badWindow = await admin.patch(`/api/customer-prices/${created.id}`, { startsAt: '2031-01-01T00:00:00Z' });
    expect(badWindow.status).toBe(400);
    expect(fieldPaths(badWindow)).toEqual(['/body/endsAt']);
    expect((await admin.patch(`/api/customer-prices/${created.id}`, { endsAt: null })).json().endsAt).toBeNull();

    const cases: [unknown, string][] = [
      [{ skuId: 99999999, price: 1 }, '/body/skuId'],
      [{ skuId: sku.id, unitId: other.units[0].id, price: 1 }, '/body/unitId'],
      [{ skuId: sku.id, price: -1 }, '/body/price'],
      [{ skuId: sku.id, price: 1.5 }, '/body/price'],
      [{ price: 1 }, '/body/skuId'],
      [{ skuId: sku.id, price: 1, startsAt: '2030-01-02T00:00:00Z', endsAt: '2030-01-01T00:00:00Z' }, '/body/endsAt'],
      [{ skuId: sku.id, price: 1, startsAt: '2030-01-01T00:00:00Z', endsAt: '2030-01-01T00:00:00Z' }, '/body/endsAt'],
    ];
    for (const [body, path] of cases) {
      const res = await admin.post(url, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(fieldPaths(res), JSON.stringify(body)).toContain(path);
    }
    expect((await admin.post('/api/customers/99999999/prices', { skuId: sku.id, price: 1 })).status).toBe(404);

    expect((await admin.delete(`/api/customer-prices/${created.id}`)).status).toBe(204);
    expect((await admin.delete(`/api/customer-prices/${created.id}`)).status).toBe(404);
    expect((await admin.patch(`/api/customer-prices/${created.id}`, { price: 1 })).status).toBe(404);
    expect((await admin.get(url)).json().total).toBe(0);
    expect((await admin.get('/api/audit-log?action=price.customer_deleted&pageSize=1')).json().items[0].targetId).toBe(
      String(created.id),
    );
  });

  it('is scoped: a salesperson reads only its own customers’ prices and cannot edit; a sales manager can', async () => {
    const sku = await createSku(600);
    const s1 = await createStaff(ctx, 'salesperson');
    const s2 = await createStaff(ctx, 'salesperson');
    const mine = await createCustomer({ salespersonId: s1.user.id });
    const theirs = await createCustomer({ salespersonId: s2.user.id });
    const theirPrice = (await admin.post(`/api/customers/${theirs.id}/prices`, { skuId: sku.id, price: 550 })).json();

    expect((await s1.client.get(`/api/customers/${mine.id}/prices`)).status).toBe(200);
    expect((await s1.client.get(`/api/customers/${theirs.id}/prices`)).status).toBe(404);
    expect((await explain(s1.client, { customerId: mine.id, skuId: sku.id })).status).toBe(200);
    expect((await explain(s1.client, { customerId: theirs.id, skuId: sku.id })).status).toBe(404);
    // The built-in salesperson role lacks prices:edit.
    expect((await s1.client.post(`/api/customers/${mine.id}/prices`, { skuId: sku.id, price: 1 })).status).toBe(403);

    const manager = await createStaff(ctx, 'sales_manager');
    expect(
      (await manager.client.post(`/api/customers/${theirs.id}/prices`, { skuId: sku.id, price: 540 })).status,
    ).toBe(201);

    // A custom role with prices:edit and own scope edits its own customers only; others stay 404.
    const role = await admin.post('/api/roles', {
      code: `pricer_${randomBytes(3).toString('hex')}`,
      name: `调价员${randomBytes(2).toString('hex')}`,
      permissions: ['customers:view', 'prices:view', 'prices:edit'],
      dataScope: 'own',
    });
    expect(role.status).toBe(201);
    const username = `pricer_${randomBytes(3).toString('hex')}`;
    const user = (
      await admin.post('/api/users', { username, name: '调价员', password: PASSWORD, roleIds: [role.json().id] })
    ).json();
    const pricer = await ctx.signIn(username, PASSWORD);
    const own = await createCustomer({ salespersonId: user.id });
    const ownPrice = await pricer.post(`/api/customers/${own.id}/prices`, { skuId: sku.id, price: 500 });
    expect(ownPrice.status).toBe(201);
    expect((await pricer.patch(`/api/customer-prices/${ownPrice.json().id}`, { price: 490 })).status).toBe(200);
    expect((await pricer.post(`/api/customers/${theirs.id}/prices`, { skuId: sku.id, price: 1 })).status).toBe(404);
    expect((await pricer.patch(`/api/customer-prices/${theirPrice.id}`, { price: 1 })).status).toBe(404);
    expect((await pricer.delete(`/api/customer-prices/${theirPrice.id}`)).status).toBe(404);
    expect((await admin.get(`/api/customers/${theirs.id}/prices`)).json().items[0].price).toBe(540);
  });
});

describe('level price lists', () => {
  it('creates, lists with names, filters, pages, patches and deletes level prices; audited', async () => {
    const sku = await createSku(800, [{ name: '箱', factor: 6 }]);
    const level = await createLevel(95);
    const res = await admin.post('/api/level-prices', { levelId: level.id, skuId: sku.id, price: 700 });
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({
      levelId: level.id,
      levelName: level.name,
      skuId: sku.id,
      skuCode: sku.code,
      unitId: null,
      unitName: '瓶',
      price: 700,
    });
    const box = await admin.post('/api/level-prices', {
      levelId: level.id,
      skuId: sku.id,
      unitId: sku.units[0].id,
      price: 4000,
      startsAt: '2026-01-01T00:00:00+08:00',
    });
    expect(box.json()).toMatchObject({ unitName: '箱', startsAt: '2025-12-31T16:00:00.000Z', endsAt: null });

    const list = (await admin.get(`/api/level-prices?levelId=${level.id}`)).json();
    expect(list.total).toBe(2);
    expect(list.items.map((i: { price: number }) => i.price)).toEqual([700, 4000]);
    const page2 = (await admin.get(`/api/level-prices?skuId=${sku.id}&pageSize=1&page=2`)).json();
    expect(page2).toMatchObject({ total: 2, items: [{ id: box.json().id }] });

    const patched = await admin.patch(`/api/level-prices/${res.json().id}`, { price: 690 });
    expect(patched.json()).toMatchObject({ id: res.json().id, price: 690 });
    const bad = await admin.patch(`/api/level-prices/${box.json().id}`, { endsAt: '2025-06-01T00:00:00Z' });
    expect(fieldPaths(bad)).toEqual(['/body/endsAt']);
    expect((await admin.patch(`/api/level-prices/${box.json().id}`, {})).status).toBe(400);

    const invalid = await admin.post('/api/level-prices', { levelId: 99999999, skuId: sku.id, price: 1 });
    expect(fieldPaths(invalid)).toEqual(['/body/levelId']);
    expect(fieldPaths(await admin.post('/api/level-prices', { levelId: level.id, skuId: 99999999, price: 1 }))).toEqual(
      ['/body/skuId'],
    );

    expect((await admin.delete(`/api/level-prices/${res.json().id}`)).status).toBe(204);
    expect((await admin.patch(`/api/level-prices/${res.json().id}`, { price: 1 })).status).toBe(404);
    expect((await admin.get(`/api/level-prices?levelId=${level.id}`)).json().total).toBe(1);
    const actions = (await admin.get('/api/audit-log?pageSize=10'))
      .json()
      .items.map((a: { action: string }) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['price.level_set', 'price.level_deleted']));
  });
});

describe('customer levels (PATCH, DELETE)', () => {
  it('changes a discount (prices follow), refuses a taken name, deletes only unused levels', async () => {
    const sku = await createSku(1000);
    const level = await createLevel(90);
    const customer = await createCustomer({ levelId: level.id });
    const other = await createLevel(80);
    const res = await admin.patch(`/api/customer-levels/${level.id}`, { discountPercent: 85, sort: 3 });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ id: level.id, discountPercent: 85, sort: 3, customerCount: 1 });
    expect((await explain(admin, { customerId: customer.id, skuId: sku.id })).json().unitPrice).toBe(850);
    expect((await admin.patch(`/api/customer-levels/${level.id}`, { name: other.name })).status).toBe(409);
    expect((await admin.patch(`/api/customer-levels/${level.id}`, { discountPercent: 0 })).status).toBe(400);
    expect((await admin.patch('/api/customer-levels/99999999', { sort: 1 })).status).toBe(404);

    const inUse = await admin.delete(`/api/customer-levels/${level.id}`);
    expect(inUse.status).toBe(409);
    expect(inUse.json().error.details).toEqual({ customerCount: 1 });
    await admin.post('/api/level-prices', { levelId: other.id, skuId: sku.id, price: 1 });
    expect((await admin.delete(`/api/customer-levels/${other.id}`)).status).toBe(204);
    expect((await admin.get(`/api/level-prices?levelId=${other.id}`)).json().total).toBe(0);
    const audit = (await admin.get('/api/audit-log?action=customer_level.updated&pageSize=1')).json().items[0];
    expect(audit.details).toEqual({ discountPercent: [90, 85], sort: [0, 3] });
  });
});

describe('quantity breaks (阶梯价)', () => {
  it('replaces the tiers of one (unit, level), lists them, and refuses tiers that raise the price', async () => {
    const sku = await createSku(300, [{ name: '箱', factor: 24 }]);
    const level = await createLevel(90);
    const url = `/api/skus/${sku.id}/quantity-breaks`;
    const put = (body: unknown) => admin.request('PUT', url, body);

    let res = await put({
      tiers: [
        { minQuantity: 10, price: 280 },
        { minQuantity: 50, price: 260 },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.json().items).toMatchObject([
      { unitId: null, unitName: '瓶', levelId: null, levelName: null, minQuantity: 10, price: 280 },
      { minQuantity: 50, price: 260 },
    ]);
    await put({ levelId: level.id, tiers: [{ minQuantity: 20, price: 250 }], endsAt: '2099-01-01T00:00:00Z' });
    await put({ unitId: sku.units[0].id, tiers: [{ minQuantity: 5, price: 6800 }] });
    // Replacing the all-customers base-unit set leaves the others alone.
    res = await put({ tiers: [{ minQuantity: 12, price: 270 }] });
    expect(
      res
        .json()
        .items.map((b: { minQuantity: number; levelName: string | null; unitName: string }) => [
          b.unitName,
          b.levelName,
          b.minQuantity,
        ]),
    ).toEqual([
      ['瓶', null, 12],
      ['瓶', level.name, 20],
      ['箱', null, 5],
    ]);
    expect((await admin.get(url)).json().items).toHaveLength(3);

    const refused: [unknown, string[]][] = [
      [{ tiers: [{ minQuantity: 1, price: 200 }] }, ['/body/tiers/0/minQuantity']],
      [
        {
          tiers: [
            { minQuantity: 10, price: 280 },
            { minQuantity: 10, price: 270 },
          ],
        },
        ['/body/tiers/1/minQuantity'],
      ],
      [
        {
          tiers: [
            { minQuantity: 10, price: 280 },
            { minQuantity: 20, price: 290 },
          ],
        },
        ['/body/tiers/1/price'],
      ],
      [{ tiers: [{ minQuantity: 10, price: 300 }] }, ['/body/tiers/0/price']],
      [{ levelId: 99999999, tiers: [] }, ['/body/levelId']],
      [{ unitId: 99999999, tiers: [] }, ['/body/unitId']],
      [{ tiers: [], startsAt: '2030-01-01T00:00:00Z', endsAt: '2029-01-01T00:00:00Z' }, ['/body/endsAt']],
    ];
    for (const [body, paths] of refused) {
      const r = await put(body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(fieldPaths(r), JSON.stringify(body)).toEqual(paths);
    }
    expect((await admin.get(url)).json().items).toHaveLength(3);

    res = await put({ unitId: sku.units[0].id, tiers: [] });
    expect(res.json().items).toHaveLength(2);
    expect((await admin.get('/api/skus/99999999/quantity-breaks')).status).toBe(404);
    expect((await admin.request('PUT', '/api/skus/99999999/quantity-breaks', { tiers: [] })).status).toBe(404);
    const audit = (await admin.get('/api/audit-log?action=price.breaks_set&pageSize=1')).json().items[0];
    expect(audit).toMatchObject({
      targetId: String(sku.id),
      details: { before: [{ minQuantity: 5, price: 6800 }], after: [] },
    });
  });
});

describe('permissions', () => {
  it('a customer user gets 403 on every pricing route; anonymous 401; a salesperson cannot edit', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const s = await createStaff(ctx, 'salesperson');
    const sku = await createSku(100);
    const id = buyer.customer.id;
    const calls: [string, string, unknown?][] = [
      ['GET', `/api/pricing/explain?customerId=${id}&skuId=${sku.id}`],
      ['PATCH', '/api/customer-levels/1', { sort: 1 }],
      ['DELETE', '/api/customer-levels/1'],
      ['GET', '/api/level-prices'],
      ['POST', '/api/level-prices', { levelId: 1, skuId: sku.id, price: 1 }],
      ['PATCH', '/api/level-prices/1', { price: 1 }],
      ['DELETE', '/api/level-prices/1'],
      ['GET', `/api/customers/${id}/prices`],
      ['POST', `/api/customers/${id}/prices`, { skuId: sku.id, price: 1 }],
      ['PATCH', '/api/customer-prices/1', { price: 1 }],
      ['DELETE', '/api/customer-prices/1'],
      ['GET', `/api/skus/${sku.id}/quantity-breaks`],
      ['PUT', `/api/skus/${sku.id}/quantity-breaks`, { tiers: [] }],
    ];
    for (const [method, url, body] of calls) {
      const res = await buyer.client.request(method as 'GET', url, body);
      expect(res.status, `${method} ${url}`).toBe(403);
      expect((await ctx.anonymous().request(method as 'GET', url, body)).status, `${method} ${url}`).toBe(401);
      if (method !== 'GET') expect((await s.client.request(method as 'GET', url, body)).status, url).toBe(403);
    }
    expect((await s.client.get('/api/level-prices')).status).toBe(200);
    expect((await s.client.get(`/api/skus/${sku.id}/quantity-breaks`)).status).toBe(200);
    expect(await roleId(admin, 'sales_manager')).toEqual(expect.any(Number));
  });
});

describe('pricing service (for catalog and orders)', () => {
  /** Counts the statements a service call sends. */
  function counting(db: DbOrTx) {
    const counter = { statements: 0 };
    const proxy = new Proxy(db, {
      get(target, key, receiver) {
        if (key === 'execute') {
          return (...args: Parameters<DbOrTx['execute']>) => {
            counter.statements++;
            return target.execute(...args);
          };
        }
        return Reflect.get(target, key, receiver);
      },
    });
    return { db: proxy, counter };
  }

  it('resolves many requests in order with ONE statement; a customer without rows or none at all pays base', async () => {
    const level = await createLevel(90);
    const customer = await createCustomer({ levelId: level.id });
    const list = await Promise.all(
      Array.from({ length: 12 }, (_, i) => createSku(100 * (i + 1), [{ name: '箱', factor: 10 }])),
    );
    await admin.post(`/api/customers/${customer.id}/prices`, { skuId: list[3].id, price: 1 });
    await admin.request('PUT', `/api/skus/${list[5].id}/quantity-breaks`, { tiers: [{ minQuantity: 3, price: 500 }] });
    const requests = list.flatMap((s) => [
      { skuId: s.id, unitId: null, quantity: 3 },
      { skuId: s.id, unitId: s.units[0].id, quantity: 1 },
    ]);
    const { db, counter } = counting(ctx.database.db);
    const prices = await resolvePrices(db, customer.id, requests);
    expect(counter.statements).toBe(1);
    expect(prices.map((p) => p.skuId)).toEqual(requests.map((r) => r.skuId));
    expect(prices[0]).toMatchObject({ unitPrice: 90, rule: 'level_discount', quantity: 3 });
    expect(prices[1]).toMatchObject({ unitPrice: 900, unitId: list[0].units[0].id });
    expect(prices[6]).toMatchObject({ unitPrice: 1, rule: 'customer_price' });
    expect(prices[10]).toMatchObject({ unitPrice: 500, rule: 'quantity_break' });

    const anonymous = await resolvePrices(ctx.database.db, null, requests.slice(0, 2));
    expect(anonymous.map((p) => [p.unitPrice, p.rule])).toEqual([
      [100, 'base'],
      [1000, 'base'],
    ]);
    expect(await resolvePrices(ctx.database.db, customer.id, [])).toEqual([]);
  });

  it('names the index of an unknown SKU, a foreign unit or a bad quantity; an unknown customer is NOT_FOUND', async () => {
    const a = await createSku(100, [{ name: '箱', factor: 10 }]);
    const b = await createSku(100);
    const error = await resolvePrices(ctx.database.db, null, [
      { skuId: a.id, unitId: null, quantity: 1 },
      { skuId: 99999999, unitId: null, quantity: 1 },
      { skuId: b.id, unitId: a.units[0].id, quantity: 0 },
    ]).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.fields.map((f: { path: string }) => f.path)).toEqual([
      '/body/lines/1/skuId',
      '/body/lines/2/unitId',
      '/body/lines/2/quantity',
    ]);
    const missing = await resolvePrices(ctx.database.db, 99999999, [{ skuId: a.id, unitId: null, quantity: 1 }]).catch(
      (e) => e,
    );
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('resolves at a given time and builds the tier table a customer sees', async () => {
    const level = await createLevel(90);
    const customer = await createCustomer({ levelId: level.id });
    const sku = await createSku(1000, [{ name: '箱', factor: 12 }]);
    const box = sku.units[0].id;
    const t0 = new Date(Date.now() + 30 * DAY);
    await admin.post(`/api/customers/${customer.id}/prices`, {
      skuId: sku.id,
      price: 850,
      startsAt: t0.toISOString(),
    });
    await admin.request('PUT', `/api/skus/${sku.id}/quantity-breaks`, {
      tiers: [
        { minQuantity: 10, price: 880 },
        { minQuantity: 20, price: 800 },
      ],
    });
    await admin.request('PUT', `/api/skus/${sku.id}/quantity-breaks`, {
      levelId: level.id,
      unitId: box,
      tiers: [{ minQuantity: 5, price: 9000 }],
    });
    const request = { skuId: sku.id, unitId: null, quantity: 1 };
    expect((await resolvePrices(ctx.database.db, customer.id, [request]))[0].unitPrice).toBe(900);
    expect((await resolvePrices(ctx.database.db, customer.id, [request], t0))[0].unitPrice).toBe(850);

    // Today the customer pays 900: the 880 break lowers it, 800 too. From t0 it pays 850: 880 is no help.
    const today = await quantityTiers(ctx.database.db, customer.id, [sku.id, 99999999]);
    expect([...today.keys()]).toEqual([sku.id]);
    expect(today.get(sku.id)).toEqual([
      { unitId: null, minQuantity: 10, unitPrice: 880 },
      { unitId: null, minQuantity: 20, unitPrice: 800 },
      { unitId: box, minQuantity: 5, unitPrice: 9000 },
    ]);
    const later = await quantityTiers(ctx.database.db, customer.id, [sku.id], t0);
    expect(later.get(sku.id)).toEqual([
      { unitId: null, minQuantity: 20, unitPrice: 800 },
      { unitId: box, minQuantity: 5, unitPrice: 9000 },
    ]);
    // Level-only breaks are not offered to a customer without that level.
    const plain = await quantityTiers(ctx.database.db, null, [sku.id]);
    expect(plain.get(sku.id)?.map((t) => t.unitId)).toEqual([null, null]);

    const explanation = await explainPrice(ctx.database.db, customer.id, { ...request, quantity: 20 }, t0);
    expect(explanation).toMatchObject({ unitPrice: 800, rule: 'quantity_break', at: t0.toISOString() });
  });
});
