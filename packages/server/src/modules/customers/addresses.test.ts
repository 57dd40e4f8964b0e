import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerWithUser, createStaff } from '../../../test/factories.ts';
import { startTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import { checkRegion } from './regions.ts';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await startTestApp();
  admin = await ctx.admin();
});
afterAll(() => ctx.close());

const address = (over: Record<string, unknown> = {}) => ({
  label: '总店',
  contactName: '王芳',
  phone: '13800001111',
  province: '浙江省',
  city: '杭州市',
  district: '西湖区',
  address: '文三路 100 号',
  ...over,
});

describe('GET /api/regions', () => {
  it('serves the province/city/district tree, public and long-cached', async () => {
    const res = await ctx.anonymous().get('/api/regions');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toContain('max-age=86400');
    const tree = res.json();
    expect(tree.length).toBe(31);
    const zj = tree.find((p: { value: string }) => p.value === '浙江省');
    const hz = zj.children.find((c: { value: string }) => c.value === '杭州市');
    expect(hz.children).toContainEqual({ value: '西湖区', label: '西湖区' });
    expect(res.body.length).toBeLessThan(150_000);
  });

  it('checks a region part by part and normalises municipalities', () => {
    const names = { province: 'p', city: 'c', district: 'd' };
    expect(checkRegion({ province: '浙江省' }, names).errors).toEqual([]);
    expect(checkRegion({ city: '杭州市' }, names).errors[0].path).toBe('p');
    expect(checkRegion({ province: '浙江省', district: '西湖区' }, names).errors[0].path).toBe('c');
    expect(checkRegion({ province: '浙江省' }, names, true).errors.map((e) => e.path)).toEqual(['c', 'd']);
    expect(checkRegion({ province: '上海市', city: '上海市', district: '浦东新区' }, names).region.city).toBe('市辖区');
    expect(checkRegion({ province: ' 浙江省 ', city: '杭州市 ' }, names).region).toEqual({
      province: '浙江省',
      city: '杭州市',
      district: null,
    });
  });
});

describe('delivery addresses', () => {
  it('the first address becomes default; a new default replaces the old in one step; deleting promotes', async () => {
    const { customer } = await createCustomerWithUser(ctx);
    const base = `/api/customers/${customer.id}/addresses`;
    const first = await admin.post(base, address({ isDefault: false }));
    expect(first.status, first.body).toBe(201);
    expect(first.json()).toMatchObject({ customerId: customer.id, isDefault: true, label: '总店' });
    const second = (await admin.post(base, address({ label: '二店' }))).json();
    expect(second.isDefault).toBe(false);
    const third = (await admin.post(base, address({ label: '仓库', isDefault: true }))).json();
    expect(third.isDefault).toBe(true);
    let items = (await admin.get(base)).json().items;
    expect(items.filter((a: { isDefault: boolean }) => a.isDefault).map((a: { id: number }) => a.id)).toEqual([
      third.id,
    ]);
    expect(items[0].id).toBe(third.id);

    const moved = await admin.patch(`${base}/${second.id}`, { isDefault: true, address: '二店新址' });
    expect(moved.json()).toMatchObject({ isDefault: true, address: '二店新址' });
    const off = await admin.patch(`${base}/${second.id}`, { isDefault: false });
    expect(off.json().error.details.fields[0].path).toBe('/body/isDefault');

    expect((await admin.delete(`${base}/${second.id}`)).status).toBe(204);
    items = (await admin.get(base)).json().items;
    expect(items.map((a: { id: number; isDefault: boolean }) => [a.id, a.isDefault])).toEqual([
      [first.json().id, true],
      [third.id, false],
    ]);
    expect((await admin.delete(`${base}/${second.id}`)).status).toBe(404);
    const audit = (await admin.get(`/api/customers/${customer.id}/history?pageSize=1`)).json().items[0];
    expect(audit.action).toBe('customer.address_deleted');
  });

  it('validates regions with field paths', async () => {
    const { customer } = await createCustomerWithUser(ctx);
    const base = `/api/customers/${customer.id}/addresses`;
    const unknown = await admin.post(base, address({ province: '火星' }));
    expect(unknown.status).toBe(400);
    expect(unknown.json().error.details.fields[0].path).toBe('/body/province');
    const mismatch = await admin.post(base, address({ city: '宁波市' }));
    expect(mismatch.json().error.details.fields[0].path).toBe('/body/district');
    const missing = await admin.post(base, address({ district: undefined }));
    expect(missing.json().error.details.fields[0].path).toBe('/body/district');
    const created = (await admin.post(base, address())).json();
    const patch = await admin.patch(`${base}/${created.id}`, { city: '宁波市' });
    expect(patch.json().error.details.fields[0].path).toBe('/body/district');
    const ok = await admin.patch(`${base}/${created.id}`, { city: '宁波市', district: '鄞州区' });
    expect(ok.json()).toMatchObject({ city: '宁波市', district: '鄞州区' });
  });

  it('customer users manage their own company’s addresses; viewers read; others get 404, 403', async () => {
    const buyer = await createCustomerWithUser(ctx);
    const other = await createCustomerWithUser(ctx);
    const own = `/api/customers/${buyer.customer.id}/addresses`;
    const created = await buyer.client.post(own, address());
    expect(created.status).toBe(201);
    expect((await buyer.client.patch(`${own}/${created.json().id}`, { label: '门店' })).json().label).toBe('门店');
    expect((await buyer.client.get(own)).json().items).toHaveLength(1);
    // Another company's addresses do not exist for this buyer, even by a matching address id.
    const theirs = `/api/customers/${other.customer.id}/addresses`;
    expect((await buyer.client.get(theirs)).status).toBe(404);
    expect((await buyer.client.post(theirs, address())).status).toBe(404);
    const otherAddress = (await other.client.post(theirs, address())).json();
    expect((await buyer.client.delete(`${own}/${otherAddress.id}`)).status).toBe(404);
    expect((await buyer.client.delete(`${theirs}/${otherAddress.id}`)).status).toBe(404);

    const viewer = await createCustomerWithUser(ctx, { role: 'viewer' });
    const vBase = `/api/customers/${viewer.customer.id}/addresses`;
    expect((await viewer.client.get(vBase)).status).toBe(200);
    expect((await viewer.client.post(vBase, address())).status).toBe(403);
    expect((await ctx.anonymous().get(vBase)).status).toBe(401);
  });

  it('staff need customers:edit and scope', async () => {
    const s1 = await createStaff(ctx, 'salesperson');
    const s2 = await createStaff(ctx, 'salesperson');
    const mine = await createCustomerWithUser(ctx, { salespersonId: s1.user.id });
    const base = `/api/customers/${mine.customer.id}/addresses`;
    expect((await s1.client.post(base, address())).status).toBe(201);
    expect((await s2.client.get(base)).status).toBe(404);
    expect((await s2.client.post(base, address())).status).toBe(404);
    const warehouse = await createStaff(ctx, 'warehouse');
    expect((await warehouse.client.get(base)).status).toBe(403);
    expect((await warehouse.client.post(base, address())).status).toBe(403);
  });
});
