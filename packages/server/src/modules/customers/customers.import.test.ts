import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import { queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { customersImportHandler as handler, splitTags, yuanToFen } from './customers.import.ts';

let ctx: TestContext;
let admin: TestClient;
let sales: Awaited<ReturnType<typeof createStaff>>;
beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
  await admin.post('/api/customer-levels', { name: '导入金牌', discountPercent: 90 });
  sales = await createStaff(ctx, 'salesperson', '导入业务员');
});
afterAll(() => ctx.close());

const actor = { id: null, name: 'import test', ip: null };
const staffUser = (over: Partial<AuthUser> = {}): AuthUser => ({
  id: 1,
  username: 'x',
  name: 'x',
  kind: 'staff',
  customerId: null,
  permissions: [],
  dataScope: 'all',
  sessionHash: '',
  ...over,
});

const importRows = async (raw: Record<string, string>[]) => {
  const db = ctx.database.db;
  const result = await handler.validate(db, raw, staffUser());
  if (!result.errors.length) {
    await db.transaction((tx) =>
      handler.write(tx, result.rows as NonNullable<(typeof result.rows)[number]>[], actor, staffUser()),
    );
  }
  return result;
};

describe('customers import handler', () => {
  it('declares the sheet columns in order, with 客户名称 required', () => {
    expect(handler.columns.map((c) => c.header)).toEqual([
      '客户编码',
      '客户名称',
      '客户等级',
      '业务员',
      '联系人',
      '手机',
      '省',
      '市',
      '区',
      '详细地址',
      '信用额度',
      '账期天数',
      '标签',
      '备注',
    ]);
    expect(handler.columns.filter((c) => c.required).map((c) => c.key)).toEqual(['name']);
    expect(handler).toMatchObject({ kind: 'customers', importPermission: 'customers:create' });
  });

  it('parses yuan into fen exactly and splits tags', () => {
    expect(yuanToFen('1234.5')).toBe(123_450);
    expect(yuanToFen('¥1,000.01')).toBe(100_001);
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen('-1')).toBeNull();
    expect(yuanToFen('1.234')).toBeNull();
    expect(splitTags('餐饮, 连锁，餐饮、夜宵')).toEqual(['餐饮', '连锁', '夜宵']);
  });

  it('reports every bad cell by sheet row and column header', async () => {
    await admin.post('/api/customers', { name: '已存在的客户', code: 'IMP-EXIST' });
    const { rows, errors } = await handler.validate(
      ctx.database.db,
      [
        { name: '好客户', code: 'IMP-1', level: '导入金牌', salesperson: sales.username, creditLimit: '100' },
        { name: '', code: 'bad code!' },
        { name: '重复编码', code: 'IMP-1' },
        { name: '未知', level: '钻石', salesperson: '没有这个人' },
        { name: '电话错', phone: 'abc', creditLimit: '12.345', paymentTermDays: '400' },
        { name: '地区错', province: '浙江省', city: '南京市' },
        { name: '已存在的客户' },
        { name: '文件内同名' },
        { name: '文件内同名' },
        { name: '标签多', tags: Array.from({ length: 21 }, (_, i) => `t${i}`).join(',') },
      ],
      staffUser(),
    );
    expect(rows.map((r) => r !== null)).toEqual([true, false, false, false, false, false, false, true, false, false]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [3, '客户编码'],
      [3, '客户名称'],
      [4, '客户编码'],
      [5, '客户等级'],
      [5, '业务员'],
      [6, '手机'],
      [6, '信用额度'],
      [6, '账期天数'],
      [7, '市'],
      [8, '客户名称'],
      [10, '客户名称'],
      [11, '标签'],
    ]);
    expect(errors[2].message).toContain('2');
    expect(errors[9].message).toContain('IMP-EXIST');
    expect(rows[0]).toMatchObject({ levelId: expect.any(Number), salespersonId: sales.user.id, creditLimit: 10_000 });
  });

  it('creates new customers, numbers code-less ones, updates existing codes; export re-imports', async () => {
    await importRows([
      {
        code: 'IMP-A',
        name: '导入甲',
        level: '导入金牌',
        salesperson: '导入业务员',
        phone: '13800002222',
        province: '北京市',
        city: '北京市',
        district: '朝阳区',
        address: '建国路 1 号',
        creditLimit: '5,000.50',
        paymentTermDays: '30',
        tags: '连锁,餐饮',
        notes: '首批',
      },
      { name: '导入乙（无编码）' },
    ]);
    const [a] = await queryRows<Record<string, unknown>>(
      ctx.database.db,
      sql`SELECT name, source, credit_limit::int AS credit, city, tags, salesperson_id::int AS sp
            FROM customers WHERE code = 'IMP-A'`,
    );
    expect(a).toEqual({
      name: '导入甲',
      source: 'import',
      credit: 500_050,
      city: '市辖区',
      tags: ['连锁', '餐饮'],
      sp: sales.user.id,
    });
    const [b] = await queryRows<{ code: string }>(
      ctx.database.db,
      sql`SELECT code FROM customers WHERE name = '导入乙（无编码）'`,
    );
    expect(b.code).toMatch(/^C\d{5}$/);

    const exported = await handler.exportRows(ctx.database.db, staffUser(), { tag: '连锁' });
    expect(exported).toEqual([
      {
        code: 'IMP-A',
        name: '导入甲',
        level: '导入金牌',
        salesperson: sales.username,
        contactName: null,
        phone: '13800002222',
        province: '北京市',
        city: '市辖区',
        district: '朝阳区',
        address: '建国路 1 号',
        creditLimit: 5000.5,
        paymentTermDays: 30,
        tags: '连锁,餐饮',
        notes: '首批',
      },
    ]);
    // Edit the exported row and import it again: the same customer is updated, not duplicated.
    const again = Object.fromEntries(
      Object.entries({ ...exported[0], name: '导入甲（改）', creditLimit: 6000 }).map(([k, v]) => [
        k,
        v === null ? '' : String(v),
      ]),
    );
    const result = await importRows([again]);
    expect(result.errors).toEqual([]);
    const rows = await queryRows<{ name: string; credit: number }>(
      ctx.database.db,
      sql`SELECT name, credit_limit::int AS credit FROM customers WHERE code = 'IMP-A'`,
    );
    expect(rows).toEqual([{ name: '导入甲（改）', credit: 600_000 }]);
    const audit = (await admin.get('/api/audit-log?action=customer.imported&pageSize=1')).json().items[0];
    expect(audit.details).toEqual({ created: 0, updated: 1 });
  });

  it('exports only what the user may see', async () => {
    const own = staffUser({ id: sales.user.id, dataScope: 'own' });
    const rows = await handler.exportRows(ctx.database.db, own, {});
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.salesperson === sales.username)).toBe(true);
    const all = await handler.exportRows(ctx.database.db, staffUser(), {});
    expect(all.length).toBeGreaterThan(rows.length);
  });

  it('validates and writes 10,000 rows', async () => {
    const provinces = [
      ['浙江省', '杭州市', '西湖区'],
      ['江苏省', '南京市', '玄武区'],
      ['广东省', '深圳市', '南山区'],
      ['上海市', '市辖区', '浦东新区'],
    ];
    const raw = Array.from({ length: 10_000 }, (_, i) => {
      const [province, city, district] = provinces[i % provinces.length];
      return {
        code: i % 2 ? `BULK-${i}` : '',
        name: `批量客户${i}`,
        level: i % 3 ? '导入金牌' : '',
        salesperson: i % 5 ? sales.username : '',
        contactName: `联系人${i}`,
        phone: `138${String(i).padStart(8, '0')}`,
        province,
        city,
        district,
        address: `测试路 ${i} 号`,
        creditLimit: String(i),
        paymentTermDays: String(i % 60),
        tags: i % 7 ? '批量,测试' : '',
        notes: '',
      };
    });
    const t0 = performance.now();
    const { rows, errors } = await handler.validate(ctx.database.db, raw, staffUser());
    const t1 = performance.now();
    expect(errors).toEqual([]);
    await ctx.database.db.transaction((tx) =>
      handler.write(tx, rows as NonNullable<(typeof rows)[number]>[], actor, staffUser()),
    );
    const t2 = performance.now();
    console.log(
      `customers import of 10,000 rows (${ctx.database.kind}): validate ${(t1 - t0).toFixed(0)} ms, write ${(t2 - t1).toFixed(0)} ms`,
    );
    const [check] = await queryRows<{ n: number; fen: number; coded: number; numbered: number }>(
      ctx.database.db,
      sql`SELECT count(*)::int AS n, sum(credit_limit)::float8 AS fen,
                 count(*) FILTER (WHERE code LIKE 'BULK-%')::int AS coded,
                 count(*) FILTER (WHERE code ~ '^C[0-9]+$')::int AS numbered
            FROM customers WHERE name LIKE '批量客户%'`,
    );
    expect(check).toEqual({ n: 10_000, fen: (9999 * 10_000 * 100) / 2, coded: 5000, numbered: 5000 });
    const exported = await handler.exportRows(ctx.database.db, staffUser(), { tag: '批量' });
    expect(exported.length).toBe(10_000 - Math.ceil(10_000 / 7));
  }, 120_000);

  it('keeps a salesperson to its own customers: others are refused, new ones become its own', async () => {
    const other = await createStaff(ctx, 'salesperson', '别的业务员');
    await admin.post('/api/customers', { name: '别人的客户', code: 'IMP-OTHER', salespersonId: other.user.id });
    await admin.post('/api/customers', { name: '自己的客户', code: 'IMP-MINE', salespersonId: sales.user.id });
    const me = staffUser({ id: sales.user.id, dataScope: 'own' });
    const { rows, errors } = await handler.validate(
      ctx.database.db,
      [
        { code: 'IMP-OTHER', name: '改别人的' },
        { code: 'IMP-MINE', name: '自己的客户（改）' },
        { name: '新客户甲', salesperson: other.username },
        { name: '新客户乙' },
      ],
      me,
    );
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, '客户编码'],
      [4, '业务员'],
    ]);
    const valid = rows.filter((r) => r !== null);
    expect(valid.every((r) => r.salespersonId === sales.user.id)).toBe(true);
    const counts = await ctx.database.db.transaction((tx) => handler.write(tx, valid, actor, me));
    expect(counts).toEqual({ created: 1, updated: 1 });
    const [mine] = await queryRows<{ name: string }>(
      ctx.database.db,
      sql`SELECT name FROM customers WHERE code = 'IMP-MINE'`,
    );
    expect(mine!.name).toBe('自己的客户（改）');
  });
});
