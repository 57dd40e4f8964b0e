import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser, createStaff, PASSWORD, roleId } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
});
afterAll(() => ctx.close());

const lastAudit = async (action: string) => {
  const res = await admin.get(`/api/audit-log?action=${action}&pageSize=1`);
  return res.json().items[0];
};

describe('staff users', () => {
  it('creates a staff user that can sign in with its role’s permissions; audited', async () => {
    const res = await admin.post('/api/users', {
      username: 'wh.keeper',
      name: '仓管',
      password: PASSWORD,
      roleIds: [await roleId(admin, 'warehouse')],
      phone: '13900001111',
    });
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({
      username: 'wh.keeper',
      kind: 'staff',
      status: 'active',
      roles: [{ code: 'warehouse' }],
    });
    const keeper = await ctx.signIn('wh.keeper', PASSWORD);
    const me = (await keeper.get('/api/auth/me')).json().user;
    expect(me.permissions).toContain('orders:ship');
    expect(me.permissions).not.toContain('users:view');
    expect(await lastAudit('user.created')).toMatchObject({ targetId: String(res.json().id), actorName: '系统管理员' });
  });

  it('refuses a duplicate username (any case) with 409 and a weak password with 400', async () => {
    const body = { username: 'dup_user', name: 'x', password: PASSWORD, roleIds: [await roleId(admin, 'finance')] };
    expect((await admin.post('/api/users', body)).status).toBe(201);
    const dup = await admin.post('/api/users', { ...body, username: 'DUP_USER' });
    expect(dup.status).toBe(409);
    const weak = await admin.post('/api/users', { ...body, username: 'weak_user', password: 'aaaaaaaa' });
    expect(weak.status).toBe(400);
    expect(weak.json().error.details.fields[0].path).toBe('/body/password');
  });

  it('refuses customer roles for staff users and unknown roles, naming the field', async () => {
    const res = await admin.post('/api/users', {
      username: 'bad_roles',
      name: 'x',
      password: PASSWORD,
      roleIds: [await roleId(admin, 'buyer'), 999999],
    });
    expect(res.status).toBe(400);
    expect(res.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual([
      '/body/roleIds/0',
      '/body/roleIds/1',
    ]);
  });

  it('lists and filters users with pagination', async () => {
    const res = await admin.get('/api/users?kind=staff&pageSize=2&page=1');
    expect(res.status).toBe(200);
    expect(res.json().items.length).toBeLessThanOrEqual(2);
    expect(res.json().total).toBeGreaterThanOrEqual(2);
    const q = await admin.get('/api/users?q=wh.keeper');
    expect(q.json().items.map((u: { username: string }) => u.username)).toEqual(['wh.keeper']);
    const beyond = await admin.get('/api/users?page=500');
    expect(beyond.json()).toMatchObject({ items: [] });
    expect(beyond.json().total).toBeGreaterThan(0);
    expect((await admin.get('/api/users?pageSize=101')).status).toBe(400);
  });

  it('disabling a user revokes its sessions and blocks sign-in; re-enabling restores it', async () => {
    const { user, username, client } = await createStaff(ctx, 'salesperson');
    const res = await admin.patch(`/api/users/${user.id}`, { status: 'disabled' });
    expect(res.status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    const login = await ctx.anonymous().post('/api/auth/login', { username, password: PASSWORD });
    expect(login.status).toBe(403);
    await admin.patch(`/api/users/${user.id}`, { status: 'active' });
    expect((await ctx.anonymous().post('/api/auth/login', { username, password: PASSWORD })).status).toBe(200);
  });

  it('changing roles changes permissions on the next request and is audited with before/after', async () => {
    const { user, client } = await createStaff(ctx, 'warehouse');
    expect((await client.get('/api/customers')).status).toBe(403);
    await admin.patch(`/api/users/${user.id}`, { roleIds: [await roleId(admin, 'sales_manager')] });
    expect((await client.get('/api/customers')).status).toBe(200);
    expect(await lastAudit('user.roles_changed')).toMatchObject({
      targetId: String(user.id),
      details: { rolesBefore: ['warehouse'] },
    });
  });

  it('keeps at least one administrator and refuses self-disable', async () => {
    const me = (await admin.get('/api/auth/me')).json().user;
    const self = await admin.patch(`/api/users/${me.id}`, { status: 'disabled' });
    expect(self.status).toBe(409);
    const demote = await admin.patch(`/api/users/${me.id}`, { roleIds: [await roleId(admin, 'finance')] });
    expect(demote.status).toBe(409);
    expect(demote.json().error.code).toBe('CONFLICT');
  });

  it('an admin resets a password: old sessions end, the new password works', async () => {
    const { user, username, client } = await createStaff(ctx, 'finance');
    expect((await admin.post(`/api/users/${user.id}/password`, { password: 'Reset-pass-9' })).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect((await ctx.anonymous().post('/api/auth/login', { username, password: 'Reset-pass-9' })).status).toBe(200);
    expect(await lastAudit('user.password_reset')).toMatchObject({ targetId: String(user.id) });
  });

  it('answers 404 for an unknown user and 403 to a user without users:* permissions', async () => {
    expect((await admin.get('/api/users/987654')).status).toBe(404);
    const { client } = await createStaff(ctx, 'sales_manager');
    expect((await client.get('/api/users')).status).toBe(403);
    expect(
      (await client.post('/api/users', { username: 'x_y_z', name: 'x', password: PASSWORD, roleIds: [1] })).status,
    ).toBe(403);
    const buyer = await createCustomerWithUser(ctx);
    const res = await buyer.client.get('/api/users');
    expect(res.status).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', details: { permission: 'users:view' } });
  });
});

describe('roles', () => {
  it('creates a custom role whose holders get exactly its permissions; audited', async () => {
    const res = await admin.post('/api/roles', {
      code: 'auditor',
      name: '审计员',
      permissions: ['audit:view', 'users:view'],
      dataScope: 'all',
    });
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({
      code: 'auditor',
      builtin: false,
      kind: 'staff',
      permissions: ['audit:view', 'users:view'],
    });
    const { client } = await createStaff(ctx, 'auditor');
    expect((await client.get('/api/audit-log')).status).toBe(200);
    expect((await client.post('/api/roles', { code: 'x1', name: 'x', permissions: [], dataScope: 'all' })).status).toBe(
      403,
    );
    expect(await lastAudit('role.created')).toMatchObject({ details: { code: 'auditor' } });
  });

  it('refuses unknown permissions with field paths and duplicate codes with 409', async () => {
    const bad = await admin.post('/api/roles', {
      code: 'bad_perm',
      name: 'x',
      permissions: ['users:view', 'rockets:launch'],
      dataScope: 'all',
    });
    expect(bad.status).toBe(400);
    expect(bad.json().error.details.fields).toEqual([
      { path: '/body/permissions/1', message: 'unknown permission rockets:launch' },
    ]);
    const dup = await admin.post('/api/roles', { code: 'salesperson', name: 'x', permissions: [], dataScope: 'own' });
    expect(dup.status).toBe(409);
  });

  it('updates a role (audited with what was added and removed); admin role permissions are fixed', async () => {
    const role = (
      await admin.post('/api/roles', {
        code: 'helper',
        name: '助理',
        permissions: ['customers:view'],
        dataScope: 'own',
      })
    ).json();
    const res = await admin.patch(`/api/roles/${role.id}`, {
      permissions: ['customers:view', 'products:view'],
      dataScope: 'all',
    });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ permissions: ['customers:view', 'products:view'], dataScope: 'all' });
    expect(await lastAudit('role.updated')).toMatchObject({ details: { added: ['products:view'], removed: [] } });
    const adminRole = await roleId(admin, 'admin');
    expect((await admin.patch(`/api/roles/${adminRole}`, { permissions: [] })).status).toBe(409);
    const buyerRole = await roleId(admin, 'buyer');
    const widen = await admin.patch(`/api/roles/${buyerRole}`, { permissions: ['users:view'] });
    expect(widen.status).toBe(400);
  });

  it('deletes only unused custom roles', async () => {
    const role = (
      await admin.post('/api/roles', { code: 'temp_role', name: '临时', permissions: [], dataScope: 'all' })
    ).json();
    await createStaff(ctx, 'temp_role');
    expect((await admin.delete(`/api/roles/${role.id}`)).status).toBe(409);
    expect((await admin.delete(`/api/roles/${await roleId(admin, 'finance')}`)).status).toBe(409);
    const unused = (
      await admin.post('/api/roles', { code: 'unused_role', name: '未用', permissions: [], dataScope: 'all' })
    ).json();
    expect((await admin.delete(`/api/roles/${unused.id}`)).status).toBe(204);
    expect((await admin.get(`/api/roles/${unused.id}`)).status).toBe(404);
  });
});

describe('audit log', () => {
  it('records sign-ins and failed sign-ins with IP, filterable by prefix; admins only', async () => {
    await ctx.anonymous().post('/api/auth/login', { username: 'admin', password: 'wrong-1234' });
    const failed = await admin.get('/api/audit-log?action=auth.login_failed');
    expect(failed.json().items[0]).toMatchObject({
      action: 'auth.login_failed',
      ip: '127.0.0.1',
      details: { username: 'admin' },
    });
    const all = await admin.get('/api/audit-log?action=auth.');
    expect(all.json().items.every((e: { action: string }) => e.action.startsWith('auth.'))).toBe(true);
    expect(all.json().items[0].at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const { client } = await createStaff(ctx, 'finance');
    expect((await client.get('/api/audit-log')).status).toBe(403);
  });
});
