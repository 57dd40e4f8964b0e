import { randomBytes } from 'node:crypto';
import type { TestClient, TestContext } from './harness.ts';

export const PASSWORD = 'Passw0rd-test';
const unique = (prefix: string) => `${prefix}_${randomBytes(3).toString('hex')}`;

async function expectStatus(res: Awaited<ReturnType<TestClient['get']>>, status: number) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.body}`);
  return res.json();
}

export async function roleId(admin: TestClient, code: string): Promise<number> {
  const { items } = await expectStatus(await admin.get('/api/roles'), 200);
  const role = items.find((r: { code: string }) => r.code === code);
  if (!role) throw new Error(`no role ${code}`);
  return role.id;
}

/** Creates a staff user holding one built-in role and returns it with a signed-in client. */
export async function createStaff(ctx: TestContext, roleCode: string, name = roleCode) {
  const admin = await ctx.admin();
  const username = unique(roleCode);
  const user = await expectStatus(
    await admin.post('/api/users', { username, name, password: PASSWORD, roleIds: [await roleId(admin, roleCode)] }),
    201,
  );
  return { user, username, client: await ctx.signIn(username, PASSWORD) };
}

/** Creates a customer company (optionally assigned to a salesperson) with one user of the given role. */
export async function createCustomerWithUser(
  ctx: TestContext,
  options: { salespersonId?: number; role?: 'buyer' | 'approver' | 'viewer'; name?: string } = {},
) {
  const admin = await ctx.admin();
  const customer = await expectStatus(
    await admin.post('/api/customers', {
      name: options.name ?? unique('客户'),
      phone: '13812341234',
      ...(options.salespersonId ? { salespersonId: options.salespersonId } : {}),
    }),
    201,
  );
  const username = unique('buyer');
  const user = await expectStatus(
    await admin.post(`/api/customers/${customer.id}/users`, {
      username,
      password: PASSWORD,
      role: options.role ?? 'buyer',
    }),
    201,
  );
  return { customer, user, username, client: await ctx.signIn(username, PASSWORD) };
}

/** A product with one SKU (base price in fen) and `stock` base units received into the default warehouse. */
export async function createStockedSku(
  ctx: TestContext,
  stock: number,
  options: {
    price?: number;
    minOrderQty?: number;
    orderStep?: number;
    units?: { name: string; factor: number; barcode?: string; isDefault?: boolean }[];
    name?: string;
    barcode?: string;
    visibleLevelIds?: number[];
  } = {},
) {
  const admin = await ctx.admin();
  const code = unique('SKU');
  const product = await expectStatus(
    await admin.post('/api/products', {
      name: options.name ?? `测试商品 ${code}`,
      ...(options.visibleLevelIds ? { visibleLevelIds: options.visibleLevelIds } : {}),
      skus: [
        {
          code,
          price: options.price ?? 300,
          unit: '瓶',
          ...(options.barcode ? { barcode: options.barcode } : {}),
          ...(options.minOrderQty ? { minOrderQty: options.minOrderQty } : {}),
          ...(options.orderStep ? { orderStep: options.orderStep } : {}),
          ...(options.units ? { units: options.units } : {}),
        },
      ],
    }),
    201,
  );
  const sku = product.skus[0];
  if (stock > 0) {
    await expectStatus(
      await admin.post('/api/inventory/adjustments', { skuId: sku.id, quantity: stock, reason: '期初' }),
      201,
    );
  }
  return {
    id: sku.id as number,
    code,
    productId: product.id as number,
    units: (sku.units ?? []) as { id: number; name: string; factor: number }[],
  };
}
