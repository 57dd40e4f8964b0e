import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser, createStaff, PASSWORD } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
});
afterAll(() => ctx.close());

const newCustomer = async (body: Record<string, unknown> = {}) => {
  const res = await admin.post('/api/customers', { name: `客户${Math.random().toString(36).slice(2, 8)}`, ...body });
  expect(res.status, res.body).toBe(201);
  return res.json();
};

describe('PATCH /api/customers/:id', () => {
  it('changes fields, audits before/after, and audits credit changes separately', async () => {
    const c = await newCustomer({ creditLimit: 100_000, tags: ['餐饮'] });
    const res = await admin.patch(`/api/customers/${c.id}`, {
      name: '改名后的客户',
      creditLimit: 250_000,
      paymentTermDays: 45,
      tags: ['餐饮', '连锁'],
      province: '浙江省',
      city: '杭州市',
      district: '西湖区',
      contactName: null,
    });
    expect(res.status, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      name: '改名后的客户',
      creditLimit: 250_000,
      paymentTermDays: 45,
      tags: ['餐饮', '连锁'],
      district: '西湖区',
    });
    const audit = (await admin.get('/api/audit-log?action=customer.updated&pageSize=1')).json().items[0];
    expect(audit.targetId).toBe(String(c.id));
    expect(audit.details.changes.creditLimit).toEqual({ before: 100_000, after: 250_000 });
    expect(audit.details.changes.name.after).toBe('改名后的客户');
    expect(audit.details.changes).not.toHaveProperty('contactName'); // null → null is no change
    const credit = (await admin.get('/api/audit-log?action=customer.credit_changed&pageSize=1')).json().items[0];
    expect(credit.details).toMatchObject({
      creditLimit: { before: 100_000, after: 250_000 },
      paymentTermDays: { before: 0, after: 45 },
    });
  });

  it('refuses a taken code with 409 naming the field, and unknown or mismatched regions with 400 paths', async () => {
    const a = await newCustomer({ code: 'PATCH-A' });
    const b = await newCustomer();
    const taken = await admin.patch(`/api/customers/${b.id}`, { code: 'PATCH-A' });
    expect(taken.status).toBe(409);
    expect(taken.json().error.details.field).toBe('code');
    expect((await admin.patch(`/api/customers/${a.id}`, { code: 'PATCH-A' })).status).toBe(200);

    const badProvince = await admin.patch(`/api/customers/${b.id}`, { province: '火星省' });
    expect(badProvince.status).toBe(400);
    expect(badProvince.json().error.details.fields[0].path).toBe('/body/province');
    const mismatch = await admin.patch(`/api/customers/${b.id}`, {
      province: '浙江省',
      city: '杭州市',
      district: '朝阳区',
    });
    expect(mismatch.json().error.details.fields[0].path).toBe('/body/district');
    // Changing only the province checks it against the stored city.
    await admin.patch(`/api/customers/${b.id}`, { province: '浙江省', city: '杭州市' });
    const stale = await admin.patch(`/api/customers/${b.id}`, { province: '江苏省' });
    expect(stale.json().error.details.fields[0].path).toBe('/body/city');
    // Municipalities may be written 北京市 / 北京市 / 朝阳区; the published 市辖区 is stored.
    const bj = await admin.patch(`/api/customers/${b.id}`, { province: '北京市', city: '北京市', district: '朝阳区' });
    expect(bj.json()).toMatchObject({ city: '市辖区', district: '朝阳区' });
    // Create validates too.
    const created = await admin.post('/api/customers', { name: 'x', province: '浙江省', city: '南京市' });
    expect(created.json().error.details.fields[0].path).toBe('/body/city');
  });

  it('a salesperson edits own customers only and cannot reassign them; a customer user gets 403', async () => {
    const s1 = await createStaff(ctx, 'salesperson');
    const s2 = await createStaff(ctx, 'salesperson');
    const mine = await newCustomer({ salespersonId: s1.user.id });
    const theirs = await newCustomer({ salespersonId: s2.user.id });
    expect((await s1.client.patch(`/api/customers/${mine.id}`, { notes: '常客' })).status).toBe(200);
    expect((await s1.client.patch(`/api/customers/${theirs.id}`, { notes: 'x' })).status).toBe(404);
    const reassign = await s1.client.patch(`/api/customers/${mine.id}`, { salespersonId: s2.user.id });
    expect(reassign.status).toBe(403);
    expect(reassign.json().error.details.field).toBe('/body/salespersonId');
    expect((await s1.client.patch(`/api/customers/${mine.id}`, { salespersonId: null })).status).toBe(403);
    expect((await admin.patch(`/api/customers/${mine.id}`, { salespersonId: s2.user.id })).json().salespersonId).toBe(
      s2.user.id,
    );
    const buyer = await createCustomerWithUser(ctx);
    expect((await buyer.client.patch(`/api/customers/${buyer.customer.id}`, { notes: 'x' })).status).toBe(403);
    const warehouse = await createStaff(ctx, 'warehouse');
    expect((await warehouse.client.patch(`/api/customers/${mine.id}`, { notes: 'x' })).status).toBe(403);
  });

  it('disabling a customer signs its users out; a pending one changes status only by approval', async () => {
    const { customer, client } = await createCustomerWithUser(ctx);
    expect((await admin.patch(`/api/customers/${customer.id}`, { status: 'disabled' })).json().status).toBe('disabled');
    expect((await client.get('/api/auth/me')).status).toBe(401);
    const reg = await ctx.app.inject({
      method: 'POST',
      url: '/api/registrations',
      remoteAddress: '10.1.0.1',
      payload: {
        companyName: '待审公司',
        contactName: '赵',
        phone: '13900001111',
        username: 'pending_patch',
        password: PASSWORD,
      },
    });
    const pending = await admin.patch(`/api/customers/${reg.json().customerId}`, { status: 'active' });
    expect(pending.status).toBe(409);
    expect(pending.json().error.code).toBe('INVALID_STATE');
  });
});

describe('GET /api/customers filters and sort', () => {
  it('filters by tag, province, city and source and sorts by name or newest first', async () => {
    const a = await newCustomer({ name: '筛选-A', tags: ['筛选标签'], province: '江苏省', city: '南京市' });
    const b = await newCustomer({ name: '筛选-B', tags: ['筛选标签', '连锁'], province: '江苏省', city: '苏州市' });
    const ids = (url: string) => admin.get(url).then((r) => r.json().items.map((c: { id: number }) => c.id));
    expect(await ids('/api/customers?tag=筛选标签')).toEqual([b.id, a.id]);
    expect(await ids('/api/customers?tag=筛选标签&sort=name')).toEqual([a.id, b.id]);
    expect(await ids('/api/customers?tag=连锁&province=江苏省')).toEqual([b.id]);
    expect(await ids('/api/customers?tag=筛选标签&city=南京市')).toEqual([a.id]);
    expect(await ids('/api/customers?tag=筛选标签&source=registration')).toEqual([]);
    const list = (await admin.get('/api/customers?tag=筛选标签&source=staff')).json();
    expect(list.total).toBe(2);
    expect(list.items[0]).toMatchObject({ source: 'staff', approvedAt: null });
    expect((await admin.get('/api/customers?sort=bogus')).status).toBe(400);
  });
});

describe('POST /api/customers/batch', () => {
  it('assigns, sets levels, disables and enables; counts real changes; audits each customer', async () => {
    const sales = await createStaff(ctx, 'salesperson');
    const level = (await admin.post('/api/customer-levels', { name: '批量等级', discountPercent: 88 })).json();
    const a = await newCustomer();
    const b = await newCustomer({ salespersonId: sales.user.id });
    const ids = [a.id, b.id];
    const assign = await admin.post('/api/customers/batch', {
      ids,
      action: 'assign_salesperson',
      salespersonId: sales.user.id,
    });
    expect(assign.status, assign.body).toBe(200);
    expect(assign.json()).toEqual({ updated: 1 });
    expect((await admin.post('/api/customers/batch', { ids, action: 'set_level', levelId: level.id })).json()).toEqual({
      updated: 2,
    });
    expect((await admin.post('/api/customers/batch', { ids, action: 'disable' })).json()).toEqual({ updated: 2 });
    expect((await admin.get(`/api/customers/${a.id}`)).json()).toMatchObject({
      status: 'disabled',
      levelId: level.id,
      salespersonId: sales.user.id,
    });
    expect((await admin.post('/api/customers/batch', { ids, action: 'enable' })).json()).toEqual({ updated: 2 });
    const audits = (await admin.get('/api/audit-log?action=customer.updated&pageSize=2')).json().items;
    expect(audits.map((x: { targetId: string }) => Number(x.targetId)).sort()).toEqual([...ids].sort());
    expect(audits[0].details.batch).toBe('enable');
  });

  it('validates the action’s parameter, and refuses the whole batch when an id is out of scope', async () => {
    const s1 = await createStaff(ctx, 'salesperson');
    const s2 = await createStaff(ctx, 'salesperson');
    const mine = await newCustomer({ salespersonId: s1.user.id });
    const theirs = await newCustomer({ salespersonId: s2.user.id });
    const missing = await admin.post('/api/customers/batch', { ids: [mine.id], action: 'set_level' });
    expect(missing.json().error.details.fields[0].path).toBe('/body/levelId');
    const scoped = await s1.client.post('/api/customers/batch', { ids: [mine.id, theirs.id], action: 'disable' });
    expect(scoped.status).toBe(404);
    expect((await admin.get(`/api/customers/${mine.id}`)).json().status).toBe('active');
    const give = await s1.client.post('/api/customers/batch', {
      ids: [mine.id],
      action: 'assign_salesperson',
      salespersonId: s2.user.id,
    });
    expect(give.status).toBe(403);
    expect((await s1.client.post('/api/customers/batch', { ids: [mine.id], action: 'disable' })).json()).toEqual({
      updated: 1,
    });
    const tooMany = Array.from({ length: 501 }, (_, i) => i + 1);
    expect((await admin.post('/api/customers/batch', { ids: tooMany, action: 'disable' })).status).toBe(400);
    expect((await admin.post('/api/customers/batch', { ids: [999_999], action: 'disable' })).status).toBe(404);
  });
});

describe('customer users', () => {
  it('lists a customer’s users and changes role, name and status in scope', async () => {
    const sales = await createStaff(ctx, 'salesperson');
    const { customer, user, client } = await createCustomerWithUser(ctx, { salespersonId: sales.user.id });
    const list = (await sales.client.get(`/api/customers/${customer.id}/users`)).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ id: user.id, kind: 'customer', roles: [{ code: 'buyer' }] });
    const changed = await sales.client.patch(`/api/customers/${customer.id}/users/${user.id}`, {
      role: 'viewer',
      name: '小王',
    });
    expect(changed.status, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ name: '小王', roles: [{ code: 'viewer' }] });
    expect((await client.get('/api/auth/me')).json().user.permissions).not.toContain('orders:create');
    await sales.client.patch(`/api/customers/${customer.id}/users/${user.id}`, { status: 'disabled' });
    expect((await client.get('/api/auth/me')).status).toBe(401);

    const other = await createCustomerWithUser(ctx);
    // Another salesperson's customer, and a user of another customer, are both absent.
    expect((await sales.client.get(`/api/customers/${other.customer.id}/users`)).status).toBe(404);
    expect((await admin.patch(`/api/customers/${customer.id}/users/${other.user.id}`, { name: 'x' })).status).toBe(404);
    expect((await client.get(`/api/customers/${customer.id}/users`)).status).toBe(401);
    expect((await other.client.get(`/api/customers/${other.customer.id}/users`)).status).toBe(403);
  });
});

describe('GET /api/customers/:id/history', () => {
  it('returns the customer’s audit trail newest first, scoped', async () => {
    const { customer, user } = await createCustomerWithUser(ctx);
    await admin.patch(`/api/customers/${customer.id}`, { notes: '第一次' });
    await admin.patch(`/api/customers/${customer.id}`, { creditLimit: 1000 });
    const history = (await admin.get(`/api/customers/${customer.id}/history`)).json();
    expect(history.items.map((e: { action: string }) => e.action)).toEqual([
      'customer.credit_changed',
      'customer.updated',
      'customer.updated',
      'user.created',
      'customer.created',
    ]);
    expect(history.total).toBe(5);
    expect(history.items[0]).toMatchObject({ kind: 'audit', actorName: expect.any(String) });
    expect(history.items[3].details.username).toBe(user.username);
    const sales = await createStaff(ctx, 'salesperson');
    expect((await sales.client.get(`/api/customers/${customer.id}/history`)).status).toBe(404);
    expect((await admin.get(`/api/customers/${customer.id}/history?pageSize=2&page=3`)).json().items).toHaveLength(1);
  });
});
