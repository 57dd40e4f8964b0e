import { and, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { customerAddresses, customers } from '../../db/schema/index.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { AppError, forbidden, notFound, validationFailed } from '../../lib/errors.ts';
import { iso, queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import { customerScope } from './customer-scope.ts';
import { bodyRegionPaths, checkRegion } from './regions.ts';

export interface AddressRow {
  id: number;
  customerId: number;
  label: string;
  contactName: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  address: string;
  isDefault: boolean;
  createdAt: string;
}

export interface AddressInput {
  label?: string;
  contactName: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  address: string;
  isDefault?: boolean;
}

/** Addresses a customer may keep; more is a data-entry mistake rather than a real need. */
export const maxAddressesPerCustomer = 100;

/**
 * Who may change a customer's delivery addresses: staff with customers:edit in scope, and the
 * customer's own users that may place orders (buyer, approver); a viewer only reads.
 */
function assertMayEdit(user: AuthUser): void {
  const may =
    user.kind === 'staff' ? user.permissions.includes('customers:edit') : user.permissions.includes('orders:create');
  if (!may) throw forbidden('无权修改收货地址 / You may not change delivery addresses');
}

function assertMayRead(user: AuthUser): void {
  if (user.kind === 'staff' && !user.permissions.includes('customers:view')) {
    throw new AppError('FORBIDDEN', 'Permission customers:view required', { permission: 'customers:view' });
  }
}

/** The customer in the user's scope, locked when `lock` (serialises default changes); else NOT_FOUND. */
async function customerInScope(db: DbOrTx, user: AuthUser, customerId: number, lock: boolean): Promise<void> {
  const query = db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.id, customerId), customerScope(user, 'customers')));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('Customer');
}

const selectAddresses = (db: DbOrTx, customerId: number, addressId?: number) =>
  queryRows<AddressRow>(
    db,
    sql`SELECT id::int AS id, customer_id::int AS "customerId", label, contact_name AS "contactName", phone, province,
               city, district, address, is_default AS "isDefault", ${iso('created_at')} AS "createdAt"
          FROM customer_addresses
         WHERE customer_id = ${customerId} ${addressId ? sql`AND id = ${addressId}` : sql``}
         ORDER BY is_default DESC, id`,
  );

export async function listAddresses(db: DbOrTx, user: AuthUser, customerId: number): Promise<AddressRow[]> {
  assertMayRead(user);
  await customerInScope(db, user, customerId, false);
  return selectAddresses(db, customerId);
}

function checkAddressRegion(input: { province: string; city: string; district: string }) {
  const { region, errors } = checkRegion(input, bodyRegionPaths, true);
  if (errors.length) throw validationFailed(errors);
  return region as { province: string; city: string; district: string };
}

const clearDefault = (tx: DbOrTx, customerId: number) =>
  tx
    .update(customerAddresses)
    .set({ isDefault: false })
    .where(and(eq(customerAddresses.customerId, customerId), eq(customerAddresses.isDefault, true)));

/**
 * Adds a delivery address. The customer's first address becomes its default; an address added as
 * default takes over from the previous one in the same transaction, so there is always exactly one.
 */
export async function createAddress(
  db: Db,
  user: AuthUser,
  actor: AuditActor,
  customerId: number,
  input: AddressInput,
): Promise<AddressRow> {
  assertMayEdit(user);
  const region = checkAddressRegion(input);
  const id = await db.transaction(async (tx) => {
    await customerInScope(tx, user, customerId, true);
    const [{ n }] = await queryRows<{ n: number }>(
      tx,
      sql`SELECT count(*)::int AS n FROM customer_addresses WHERE customer_id = ${customerId}`,
    );
    if (n >= maxAddressesPerCustomer) {
      throw new AppError('CONFLICT', `最多 ${maxAddressesPerCustomer} 个收货地址 / Too many addresses`);
    }
    const isDefault = n === 0 || input.isDefault === true;
    if (isDefault) await clearDefault(tx, customerId);
    const [row] = await tx
      .insert(customerAddresses)
      .values({ ...input, ...region, label: input.label ?? '', customerId, isDefault })
      .returning({ id: customerAddresses.id });
    await audit(tx, actor, {
      action: 'customer.address_created',
      targetType: 'customer',
      targetId: customerId,
      details: { addressId: row.id, ...input, ...region, isDefault },
    });
    return row.id;
  });
  return (await selectAddresses(db, customerId, id))[0];
}

/**
 * Changes an address. `isDefault: true` moves the default here; the default cannot be switched off
 * directly (make another address the default instead).
 */
export async function updateAddress(
  db: Db,
  user: AuthUser,
  actor: AuditActor,
  customerId: number,
  addressId: number,
  input: Partial<AddressInput>,
): Promise<AddressRow> {
  assertMayEdit(user);
  await db.transaction(async (tx) => {
    await customerInScope(tx, user, customerId, true);
    const [before] = await selectAddresses(tx, customerId, addressId);
    if (!before) throw notFound('Address');
    if (input.isDefault === false && before.isDefault) {
      throw validationFailed([
        { path: '/body/isDefault', message: '请把另一个地址设为默认 / make another address the default instead' },
      ]);
    }
    const region =
      input.province !== undefined || input.city !== undefined || input.district !== undefined
        ? checkAddressRegion({
            province: input.province ?? before.province,
            city: input.city ?? before.city,
            district: input.district ?? before.district,
          })
        : {};
    if (input.isDefault && !before.isDefault) await clearDefault(tx, customerId);
    await tx
      .update(customerAddresses)
      .set({ ...input, ...region, isDefault: before.isDefault || input.isDefault === true })
      .where(eq(customerAddresses.id, addressId));
    await audit(tx, actor, {
      action: 'customer.address_updated',
      targetType: 'customer',
      targetId: customerId,
      details: { addressId, changes: { ...input, ...region } },
    });
  });
  return (await selectAddresses(db, customerId, addressId))[0];
}

/** Deletes an address; when it was the default, the oldest remaining address becomes the default. */
export async function deleteAddress(
  db: Db,
  user: AuthUser,
  actor: AuditActor,
  customerId: number,
  addressId: number,
): Promise<void> {
  assertMayEdit(user);
  await db.transaction(async (tx) => {
    await customerInScope(tx, user, customerId, true);
    const [gone] = await tx
      .delete(customerAddresses)
      .where(and(eq(customerAddresses.id, addressId), eq(customerAddresses.customerId, customerId)))
      .returning();
    if (!gone) throw notFound('Address');
    if (gone.isDefault) {
      await tx.execute(sql`UPDATE customer_addresses SET is_default = true
                            WHERE id = (SELECT min(id) FROM customer_addresses WHERE customer_id = ${customerId})`);
    }
    await audit(tx, actor, {
      action: 'customer.address_deleted',
      targetType: 'customer',
      targetId: customerId,
      details: { addressId, address: `${gone.province}${gone.city}${gone.district}${gone.address}` },
    });
  });
}
