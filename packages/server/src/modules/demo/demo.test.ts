import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../../../test/harness.ts';
import {
  brands,
  categories,
  customerAddresses,
  customerLevels,
  customerPrices,
  customers,
  levelPrices,
  products,
  quantityBreaks,
  skus,
  skuUnits,
  stockLevels,
  users,
} from '../../db/schema/index.ts';
import { type DemoAccount, printDemoAccounts, seedDemo } from './demo.seed.ts';
import { isValidEan13 } from './demo-data.ts';
import { seedDemoMoney } from './demo-money.ts';

let ctx: TestContext;
let accounts: DemoAccount[];
let seedMs = 0;
let moneyMs = 0;

const tableCounts = async () => {
  const db = ctx.database.db;
  const n = async (table: typeof users | typeof customers | typeof products | typeof skus | typeof categories) =>
    (await db.select({ n: count() }).from(table))[0]!.n;
  return {
    users: await n(users),
    customers: await n(customers),
    products: await n(products),
    skus: await n(skus),
    categories: await n(categories),
  };
};

beforeAll(async () => {
  ctx = await startTestApp();
  const started = performance.now();
  accounts = await seedDemo(ctx.database.db);
  seedMs = performance.now() - started;
  const moneyStarted = performance.now();
  await seedDemoMoney(ctx.database.db);
  moneyMs = performance.now() - moneyStarted;
});
afterAll(() => ctx?.close());

describe('demo data', () => {
  it('seeds quickly and prints the accounts', () => {
    console.log(`seedDemo took ${seedMs.toFixed(0)} ms on ${ctx.database.kind}`);
    // Typically ~0.3 s (one argon2 hash + ~12 batched statements); the bound is loose for loaded CI machines.
    expect(seedMs).toBeLessThan(5000);
    expect(accounts.length).toBeGreaterThanOrEqual(13);
    expect(new Set(accounts.map((a) => a.username)).size).toBe(accounts.length);
    printDemoAccounts(accounts);
  });

  it('creates ~60 products with unique SKU codes and valid EAN-13 barcodes', async () => {
    const db = ctx.database.db;
    const productRows = await db.select().from(products);
    expect(productRows.length).toBeGreaterThanOrEqual(55);
    expect(productRows.filter((p) => p.status === 'off').length).toBeGreaterThanOrEqual(2);
    expect(productRows.every((p) => p.categoryId !== null && p.brandId !== null && p.description !== '')).toBe(true);

    const skuRows = await db.select().from(skus);
    expect(new Set(skuRows.map((s) => s.productId)).size).toBe(productRows.length);
    expect(new Set(skuRows.map((s) => s.code)).size).toBe(skuRows.length);
    expect(new Set(skuRows.map((s) => s.barcode)).size).toBe(skuRows.length);
    for (const s of skuRows) {
      expect(s.barcode, s.code).toMatch(/^69\d{11}$/);
      expect(isValidEan13(s.barcode!), s.code).toBe(true);
      expect(s.price).toBeGreaterThan(0);
      expect(s.retailPrice!).toBeGreaterThan(s.price);
    }
    // A can sells alone in sixes at a little more than a case's share; the case is a unit of 24.
    const coke = skuRows.find((s) => s.code === 'YL-KKL-330-24')!;
    expect(coke).toMatchObject({
      name: '330ml×24罐/箱',
      unit: '罐',
      price: 200,
      minOrderQty: 6,
      orderStep: 6,
      specs: { 规格: '330ml' },
    });
    const [cokeCase] = await db.select().from(skuUnits).where(eq(skuUnits.skuId, coke.id));
    expect(cokeCase).toMatchObject({ name: '箱', factor: 24, price: 4500, isDefault: true });
    expect(isValidEan13(cokeCase!.barcode!)).toBe(true);

    // Two-level tree: every product sits in a child category.
    const cats = await db.select().from(categories);
    const parents = new Set(cats.filter((c) => c.parentId === null).map((c) => c.id));
    expect(parents.size).toBeGreaterThanOrEqual(4);
    const childIds = new Set(cats.filter((c) => c.parentId !== null && parents.has(c.parentId)).map((c) => c.id));
    expect(productRows.every((p) => childIds.has(p.categoryId!))).toBe(true);
    expect((await db.select({ n: count() }).from(brands))[0]!.n).toBeGreaterThanOrEqual(15);
  });

  it('creates 3 levels and at least 12 customers with C-codes, chain stores and pending ones', async () => {
    const db = ctx.database.db;
    const levels = await db.select().from(customerLevels);
    expect(levels.map((l) => l.discountPercent).sort()).toEqual([100, 90, 95].sort());
    const rows = await db.select().from(customers);
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(rows.every((c) => /^C\d{5}$/.test(c.code) && c.city === '杭州市')).toBe(true);
    expect(rows.filter((c) => c.tags.includes('连锁'))).toHaveLength(3);
    expect(rows.some((c) => c.status === 'pending')).toBe(true);
    expect(new Set(rows.map((c) => c.levelId)).size).toBe(3);
  });

  it('lets every demo account sign in and /me shows the right kind', async () => {
    const db = ctx.database.db;
    const kinds = new Map(
      (await db.select({ username: users.username, kind: users.kind }).from(users)).map((u) => [u.username, u.kind]),
    );
    for (const a of accounts) {
      const client = await ctx.signIn(a.username, a.password);
      const me = await client.get('/api/auth/me');
      expect(me.status).toBe(200);
      const user = me.json().user;
      expect(user.kind, a.username).toBe(kinds.get(a.username));
      expect(user.roles, a.username).toHaveLength(1);
      expect(a.role).toContain(`(${user.roles[0].code})`);
      if (user.kind === 'customer') expect(user.customerName, a.username).toBeTruthy();
    }
    expect(accounts.filter((a) => kinds.get(a.username) === 'staff').length).toBe(5);
  });

  it('shows the buyer its restaurant', async () => {
    const me = (await (await ctx.signIn('buyer', accounts[0]!.password)).get('/api/auth/me')).json().user;
    expect(me).toMatchObject({ kind: 'customer', name: '刘采购', customerName: '西湖人家餐厅' });
    expect(me.roles).toEqual([{ code: 'buyer', name: '采购员' }]);
  });

  it('limits a salesperson to own customers while the manager sees all', async () => {
    const total = (await ctx.database.db.select({ n: count() }).from(customers))[0]!.n;
    const [sales1] = await ctx.database.db.select({ id: users.id }).from(users).where(eq(users.username, 'sales1'));

    const own = (await (await ctx.signIn('sales1', accounts[0]!.password)).get('/api/customers?pageSize=100')).json();
    expect(own.items.length).toBeGreaterThanOrEqual(4);
    expect(own.items.length).toBeLessThan(total);
    expect(own.items.every((c: { salespersonId: number }) => c.salespersonId === sales1!.id)).toBe(true);

    const all = (await (await ctx.signIn('manager', accounts[0]!.password)).get('/api/customers?pageSize=100')).json();
    expect(all.total).toBe(total);
    expect(all.items).toHaveLength(total);
  });

  it('makes products findable by pinyin and initials, and seeds prices, breaks and addresses', async () => {
    const db = ctx.database.db;
    const [coke] = await db.select().from(products).where(eq(products.name, '可口可乐'));
    expect(coke!.searchText).toContain('kekoukele');
    expect(coke!.searchText).toContain('kkkl');
    expect(coke!.tags).toEqual(['hot']);
    expect((await db.select({ n: count() }).from(levelPrices))[0]!.n).toBeGreaterThan(0);
    expect((await db.select({ n: count() }).from(customerPrices))[0]!.n).toBeGreaterThan(0);
    expect((await db.select({ n: count() }).from(quantityBreaks))[0]!.n).toBeGreaterThan(0);
    const addresses = await db.select().from(customerAddresses);
    const customerCount = (await db.select({ n: count() }).from(customers))[0]!.n;
    expect(addresses.filter((a) => a.isDefault)).toHaveLength(customerCount);
    // Opening stock is in the ledger: on hand per SKU equals the sum of its movements.
    const { rows: mismatched } = (await db.execute(
      sql`SELECT l.sku_id FROM stock_levels l
           WHERE l.on_hand <> coalesce((SELECT sum(m.quantity) FROM stock_movements m
                                         WHERE m.sku_id = l.sku_id AND m.warehouse_id = l.warehouse_id), 0)`,
    )) as unknown as { rows: unknown[] };
    expect(mismatched).toEqual([]);
    expect((await db.select({ n: count() }).from(stockLevels))[0]!.n).toBe(
      (await db.select({ n: count() }).from(skus))[0]!.n,
    );
  });

  it('does nothing when run again', async () => {
    const before = await tableCounts();
    expect(await seedDemo(ctx.database.db)).toEqual([]);
    expect(await tableCounts()).toEqual(before);
  });
});

describe('demo money', () => {
  it('the demo buyer has a wallet, an overdue credit order, a transfer for finance and last month’s statement', async () => {
    console.log(`seedDemoMoney took ${moneyMs.toFixed(0)} ms on ${ctx.database.kind}`);
    // ~30 orders, payments and shipments through the services, once, on the first start.
    expect(moneyMs).toBeLessThan(20_000);
    const buyer = await ctx.signIn('buyer', 'demo1234');
    const me = (await buyer.get('/api/auth/me')).json().user;
    const wallet = (await buyer.get(`/api/customers/${me.customerId}/wallet`)).json();
    expect(wallet.balance).toBeGreaterThan(0);
    const credit = (await buyer.get(`/api/customers/${me.customerId}/credit`)).json();
    expect(credit.overdue).toBeGreaterThan(0);
    const finance = await ctx.signIn('finance', 'demo1234');
    const pending = (await finance.get('/api/payments?status=pending&method=offline')).json();
    expect(pending.total).toBeGreaterThanOrEqual(2);
    const lastMonth = new Date(Date.now() + 8 * 3600_000);
    lastMonth.setUTCDate(1);
    lastMonth.setUTCMonth(lastMonth.getUTCMonth() - 1);
    const statement = (
      await buyer.get(`/api/customers/${me.customerId}/statements/${lastMonth.toISOString().slice(0, 7)}`)
    ).json();
    expect(statement.lines.length).toBeGreaterThan(0);
    // Backdated orders carry the day they were placed in their number.
    const order = statement.lines.find((l: { kind: string }) => l.kind === 'order');
    expect(order.reference.slice(2, 8)).toBe(lastMonth.toISOString().slice(0, 7).replace('-', ''));
    expect(statement.canRespond).toBe(true);
    const options = (await buyer.get('/api/payment-options')).json();
    expect(options.bankAccount.accountName).toBeTruthy();
  });
});
