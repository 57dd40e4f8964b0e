import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, PASSWORD } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import { queryRows } from '../../lib/sql.ts';
import { registrationLimits } from './registration.service.ts';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
});
afterAll(() => ctx.close());

let seq = 0;
/** Registers from a given client IP (each test uses its own, so the per-IP limit does not leak). */
const register = async (ip: string, body: Record<string, unknown> = {}) => {
  seq++;
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/registrations',
    remoteAddress: ip,
    payload: {
      companyName: `自助注册公司${seq}`,
      contactName: '陈先生',
      phone: '13912345678',
      province: '浙江省',
      city: '杭州市',
      district: '拱墅区',
      address: '莫干山路 1 号',
      username: `reg_${seq}_${Math.random().toString(36).slice(2, 6)}`,
      password: PASSWORD,
      ...body,
    },
  });
  return { status: res.statusCode, json: () => res.json(), body: res.body };
};

describe('POST /api/registrations', () => {
  it('creates a pending customer and its buyer, who can sign in only after approval', async () => {
    const res = await register('10.0.0.1', { username: 'self_reg_1' });
    expect(res.status, res.body).toBe(201);
    expect(res.json()).toEqual({ customerId: expect.any(Number), status: 'pending', message: expect.any(String) });
    const id = res.json().customerId;
    const customer = (await admin.get(`/api/customers/${id}`)).json();
    expect(customer).toMatchObject({
      status: 'pending',
      source: 'registration',
      code: expect.stringMatching(/^C\d{5}$/),
      contactName: '陈先生',
      district: '拱墅区',
      approvedAt: null,
    });
    const users = (await admin.get(`/api/customers/${id}/users`)).json().items;
    expect(users).toMatchObject([{ username: 'self_reg_1', roles: [{ code: 'buyer' }], phone: '13912345678' }]);
    const audit = (await admin.get('/api/audit-log?action=customer.registered&pageSize=1')).json().items[0];
    expect(audit).toMatchObject({ targetId: String(id), ip: '10.0.0.1' });

    const early = await ctx.anonymous().post('/api/auth/login', { username: 'self_reg_1', password: PASSWORD });
    expect(early.status).toBe(403);
    const approved = await admin.post(`/api/customers/${id}/approve`, {});
    expect(approved.status, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'active', approvedAt: expect.any(String) });
    expect((await ctx.signIn('self_reg_1', PASSWORD)).cookie).toBeDefined();
  });

  it('refuses a taken username (409 username), a weak password (400 password), a bad phone or region', async () => {
    await register('10.0.0.2', { username: 'taken_name' });
    const taken = await register('10.0.0.2', { username: 'Taken_Name' });
    expect(taken.status).toBe(409);
    expect(taken.json().error.details.field).toBe('username');
    const weak = await register('10.0.0.2', { password: 'abcdefgh' });
    expect(weak.status).toBe(400);
    expect(weak.json().error.details.fields[0].path).toBe('/body/password');
    const phone = await register('10.0.0.2', { phone: '12345678901' });
    expect(phone.json().error.details.fields[0].path).toBe('/body/phone');
    const region = await register('10.0.0.2', { district: '浦东新区' });
    expect(region.json().error.details.fields[0].path).toBe('/body/district');
    // A refused registration leaves nothing behind.
    const [{ n }] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`SELECT count(*)::int AS n FROM customers WHERE source = 'registration'`,
    );
    expect(n).toBe(2);
  });

  it(`limits each IP to ${registrationLimits.perIp} registrations an hour (429)`, async () => {
    for (let i = 0; i < registrationLimits.perIp; i++) expect((await register('10.0.0.3')).status).toBe(201);
    const limited = await register('10.0.0.3');
    expect(limited.status).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect((await register('10.0.0.4')).status).toBe(201);
  });
});

describe('approve / reject', () => {
  it('rejects a pending customer with a reason; only pending customers can be approved or rejected', async () => {
    const id = (await register('10.0.1.1')).json().customerId;
    const rejected = await admin.post(`/api/customers/${id}/reject`, { reason: '资料不全' });
    expect(rejected.status).toBe(200);
    expect(rejected.json().status).toBe('disabled');
    const audit = (await admin.get('/api/audit-log?action=customer.rejected&pageSize=1')).json().items[0];
    expect(audit.details).toMatchObject({ reason: '资料不全' });
    const again = await admin.post(`/api/customers/${id}/approve`, {});
    expect(again.status).toBe(409);
    expect(again.json().error.code).toBe('INVALID_STATE');
    expect((await admin.post(`/api/customers/${id}/reject`, { reason: 'x' })).status).toBe(409);
    expect((await admin.post(`/api/customers/${id}/reject`, {})).status).toBe(400);
    expect((await admin.post('/api/customers/999999/approve', {})).status).toBe(404);
  });

  it('sets level and salesperson on approval; a salesperson cannot approve outside its scope', async () => {
    const level = (await admin.post('/api/customer-levels', { name: '审核等级', discountPercent: 95 })).json();
    const sales = await createStaff(ctx, 'salesperson');
    const id = (await register('10.0.1.2')).json().customerId;
    // Unassigned pending customers are outside a salesperson's scope.
    expect((await sales.client.post(`/api/customers/${id}/approve`, {})).status).toBe(404);
    const bad = await admin.post(`/api/customers/${id}/approve`, { levelId: 999_999 });
    expect(bad.json().error.details.fields[0].path).toBe('/body/levelId');
    const ok = await admin.post(`/api/customers/${id}/approve`, { levelId: level.id, salespersonId: sales.user.id });
    expect(ok.json()).toMatchObject({ status: 'active', levelName: '审核等级', salespersonId: sales.user.id });
    expect((await admin.get('/api/audit-log?action=customer.approved&pageSize=1')).json().items[0].targetId).toBe(
      String(id),
    );
  });

  it('of concurrent approvals exactly one succeeds', async () => {
    const id = (await register('10.0.1.3')).json().customerId;
    const clients = await Promise.all([ctx.admin(), ctx.admin(), ctx.admin(), ctx.admin()]);
    const results = await Promise.all(clients.map((c) => c.post(`/api/customers/${id}/approve`, {})));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    const audits = (await admin.get('/api/audit-log?action=customer.approved&pageSize=100')).json().items;
    expect(audits.filter((a: { targetId: string }) => a.targetId === String(id))).toHaveLength(1);
  });
});
