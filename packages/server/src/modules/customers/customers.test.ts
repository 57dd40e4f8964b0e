import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser, createStaff } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import { maskPhone } from './customer-scope.ts';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
});
afterAll(() => ctx.close());

describe('customer levels', () => {
  it('creates a level with a discount (contract: {name, discountPercent} → 201 {id})', async () => {
    const res = await admin.post('/api/customer-levels', { name: '金牌', discountPercent: 90 });
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({ id: expect.any(Number), name: '金牌', discountPercent: 90 });
    expect((await admin.post('/api/customer-levels', { name: '金牌', discountPercent: 80 })).status).toBe(409);
    expect((await admin.post('/api/customer-levels', { name: '零折', discountPercent: 0 })).status).toBe(400);
    expect((await admin.get('/api/customer-levels')).json().items.map((l: { name: string }) => l.name)).toContain(
      '金牌',
    );
  });
});

describe('customers', () => {
  it('creates a customer (contract fields) with a generated code; audited', async () => {
    const level = (await admin.post('/api/customer-levels', { name: '银牌', discountPercent: 95 })).json();
    const res = await admin.post('/api/customers', {
      name: '西湖人家餐厅',
      levelId: level.id,
      creditLimit: 5_000_000,
      paymentTermDays: 30,
    });
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({
      id: expect.any(Number),
      code: expect.stringMatching(/^C\d{5}$/),
      levelName: '银牌',
      creditLimit: 5_000_000,
      paymentTermDays: 30,
      status: 'active',
    });
    const audit = (await admin.get('/api/audit-log?action=customer.created&pageSize=1')).json().items[0];
    expect(audit.targetId).toBe(String(res.json().id));
  });

  it('names the field when a level or salesperson does not exist', async () => {
    const res = await admin.post('/api/customers', { name: 'x', levelId: 999999, salespersonId: 999998 });
    expect(res.status).toBe(400);
    expect(res.json().error.details.fields[0].path).toBe('/body/levelId');
  });

  it('masks phone numbers in lists, shows them in the record', async () => {
    const created = (await admin.post('/api/customers', { name: '电话客户', phone: '13812341234' })).json();
    const list = (await admin.get('/api/customers?q=电话客户')).json();
    expect(list.items[0].phone).toBe('138****1234');
    expect((await admin.get(`/api/customers/${created.id}`)).json().phone).toBe('13812341234');
    expect(maskPhone('0571-88886666')).toBe('057****6666');
    expect(maskPhone('12345')).toBe('***45');
  });

  it('a salesperson sees and reads only its own customers; others are 404', async () => {
    const s1 = await createStaff(ctx, 'salesperson', '李明');
    const s2 = await createStaff(ctx, 'salesperson', '张丽');
    const mine = (await admin.post('/api/customers', { name: '李明的客户', salespersonId: s1.user.id })).json();
    const theirs = (await admin.post('/api/customers', { name: '张丽的客户', salespersonId: s2.user.id })).json();
    const list = (await s1.client.get('/api/customers?pageSize=100')).json();
    expect(list.items.map((c: { id: number }) => c.id)).toEqual([mine.id]);
    expect(list.total).toBe(1);
    expect((await s1.client.get(`/api/customers/${mine.id}`)).status).toBe(200);
    expect((await s1.client.get(`/api/customers/${theirs.id}`)).status).toBe(404);
    // A customer the salesperson creates is its own, whatever it asks for.
    const created = await s1.client.post('/api/customers', { name: '新客户', salespersonId: s2.user.id });
    expect(created.json().salespersonId).toBe(s1.user.id);
    // A sales manager sees everyone.
    const manager = await createStaff(ctx, 'sales_manager');
    expect((await manager.client.get(`/api/customers/${theirs.id}`)).status).toBe(200);
    // Adding users to someone else's customer is out of scope as well.
    const res = await s1.client.post(`/api/customers/${theirs.id}/users`, {
      username: 'sneaky',
      password: 'Passw0rd-x',
      role: 'buyer',
    });
    expect(res.status).toBe(404);
  });

  it('a customer user reads its own company, gets 404 for another and 403 for the list', async () => {
    const a = await createCustomerWithUser(ctx);
    const b = await createCustomerWithUser(ctx);
    expect((await a.client.get(`/api/customers/${a.customer.id}`)).json()).toMatchObject({ id: a.customer.id });
    const other = await a.client.get(`/api/customers/${b.customer.id}`);
    expect(other.status).toBe(404);
    expect(other.json().error.code).toBe('NOT_FOUND');
    expect((await a.client.get('/api/customers')).status).toBe(403);
    expect((await a.client.post('/api/customers', { name: 'x' })).status).toBe(403);
  });

  it('adds customer users with exactly one customer role; a disabled company cannot sign in', async () => {
    const { customer, username, client } = await createCustomerWithUser(ctx, { role: 'viewer' });
    const me = (await client.get('/api/auth/me')).json().user;
    expect(me.roles).toEqual([{ code: 'viewer', name: '查看者' }]);
    expect(me.permissions).not.toContain('orders:create');
    const bad = await admin.post(`/api/customers/${customer.id}/users`, {
      username: 'x_1',
      password: 'Passw0rd-x',
      role: 'admin',
    });
    expect(bad.status).toBe(400);
    await ctx.database.db.execute(
      (await import('drizzle-orm')).sql`UPDATE customers SET status = 'disabled' WHERE id = ${customer.id}`,
    );
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect((await ctx.anonymous().post('/api/auth/login', { username, password: 'Passw0rd-test' })).status).toBe(403);
  });
});

describe('workbench', () => {
  it('shows each role the figures it may see, scoped', async () => {
    const s = await createStaff(ctx, 'salesperson');
    await admin.post('/api/customers', { name: '工作台客户', salespersonId: s.user.id });
    const figures = Object.fromEntries(
      (await s.client.get('/api/workbench'))
        .json()
        .figures.map((f: { key: string; value: number }) => [f.key, f.value]),
    );
    expect(figures).toMatchObject({ customers: 1 });
    expect(figures.staffUsers).toBeUndefined();
    const adminView = (await admin.get('/api/workbench')).json();
    expect(adminView.figures.map((f: { key: string }) => f.key)).toContain('staffUsers');
    expect(adminView.recentAudit.length).toBeGreaterThan(0);
    const buyer = await createCustomerWithUser(ctx);
    const buyerView = (await buyer.client.get('/api/workbench')).json();
    expect(buyerView.figures.map((f: { key: string }) => f.key)).toEqual(['products', 'skus']);
    expect(buyerView.recentCustomers).toEqual([]);
  });
});
