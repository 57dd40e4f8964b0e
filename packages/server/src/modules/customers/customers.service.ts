import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { customerLevels, customers, type PaymentMethod } from '../../db/schema/index.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { AppError, notFound, validationFailed } from '../../lib/errors.ts';
import { pageOf } from '../../lib/pagination.ts';
import { iso, likeEscape, queryRows } from '../../lib/sql.ts';
import { roleIdByCode } from '../auth/bootstrap.ts';
import type { AuthUser } from '../auth/session.ts';
import { createUser, type UserRow } from '../users/users.service.ts';
import { customerScope, maskPhone } from './customer-scope.ts';
import { bodyRegionPaths, checkRegion } from './regions.ts';

export interface CustomerRow {
  id: number;
  code: string;
  name: string;
  status: 'pending' | 'active' | 'disabled';
  levelId: number | null;
  levelName: string | null;
  salespersonId: number | null;
  salespersonName: string | null;
  contactName: string | null;
  phone: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  address: string | null;
  creditLimit: number;
  paymentTermDays: number;
  paymentMethods: PaymentMethod[] | null;
  tags: string[];
  notes: string;
  source: 'staff' | 'registration' | 'import';
  approvedAt: string | null;
  createdAt: string;
}

const selectCustomers = (where: SQL, tail: SQL = sql``) => sql`
  SELECT c.id::int AS id, c.code, c.name, c.status, c.level_id::int AS "levelId", l.name AS "levelName",
         c.salesperson_id::int AS "salespersonId", s.name AS "salespersonName", c.contact_name AS "contactName",
         c.phone, c.province, c.city, c.district, c.address, c.credit_limit::float8 AS "creditLimit",
         c.payment_term_days AS "paymentTermDays", c.payment_methods AS "paymentMethods", c.tags, c.notes, c.source,
         ${iso('c.approved_at')} AS "approvedAt", ${iso('c.created_at')} AS "createdAt",
         count(*) OVER ()::int AS total
    FROM customers c
    LEFT JOIN customer_levels l ON l.id = c.level_id
    LEFT JOIN users s ON s.id = c.salesperson_id
   WHERE ${where} ${tail}`;

export interface CustomerFilter {
  q?: string;
  status?: CustomerRow['status'];
  levelId?: number;
  salespersonId?: number;
  tag?: string;
  province?: string;
  city?: string;
  source?: CustomerRow['source'];
}

/** The WHERE clause (on alias `c`) of a customer list or export: the user's scope and the filters. */
export function customerFilter(user: AuthUser, query: CustomerFilter): SQL {
  const where: SQL[] = [customerScope(user)];
  if (query.q) {
    const like = `%${likeEscape(query.q)}%`;
    where.push(
      sql`(c.name ILIKE ${like} OR c.code ILIKE ${like} OR c.contact_name ILIKE ${like} OR c.phone LIKE ${like})`,
    );
  }
  if (query.status) where.push(sql`c.status = ${query.status}`);
  if (query.levelId) where.push(sql`c.level_id = ${query.levelId}`);
  if (query.salespersonId) where.push(sql`c.salesperson_id = ${query.salespersonId}`);
  if (query.tag) where.push(sql`c.tags @> ARRAY[${query.tag}]::text[]`);
  if (query.province) where.push(sql`c.province = ${query.province}`);
  if (query.city) where.push(sql`c.city = ${query.city}`);
  if (query.source) where.push(sql`c.source = ${query.source}`);
  return sql.join(where, sql` AND `);
}

/** Customers the user may see (see `customerScope`), newest first or by name, with phone numbers masked. */
export async function listCustomers(
  db: DbOrTx,
  user: AuthUser,
  query: CustomerFilter & { sort?: 'createdAt' | 'name'; page?: number; pageSize?: number },
): Promise<{ items: CustomerRow[]; total: number }> {
  const { limit, offset } = pageOf(query);
  const cond = customerFilter(user, query);
  const order = query.sort === 'name' ? sql`c.name, c.id` : sql`c.created_at DESC, c.id DESC`;
  const rows = await queryRows<CustomerRow & { total: number }>(
    db,
    selectCustomers(cond, sql`ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`),
  );
  let total = rows[0]?.total ?? 0;
  if (!rows.length && offset > 0) {
    [{ total }] = await queryRows<{ total: number }>(
      db,
      sql`SELECT count(*)::int AS total FROM customers c WHERE ${cond}`,
    );
  }
  return { items: rows.map(({ total: _t, ...c }) => ({ ...c, phone: maskPhone(c.phone) })), total };
}

/** One customer, or NOT_FOUND when it does not exist or lies outside the user's scope. */
export async function getCustomer(db: DbOrTx, user: AuthUser, id: number): Promise<CustomerRow> {
  const [row] = await queryRows<CustomerRow & { total: number }>(
    db,
    selectCustomers(sql`c.id = ${id} AND ${customerScope(user)}`),
  );
  if (!row) throw notFound('Customer');
  const { total: _t, ...customer } = row;
  return customer;
}

/**
 * Locks one customer row for a change, or throws NOT_FOUND when it does not exist or lies outside
 * the user's scope (so another salesperson's customer looks absent, never forbidden).
 */
export async function lockCustomer(tx: DbOrTx, user: AuthUser, id: number) {
  const [row] = await tx
    .select()
    .from(customers)
    .where(and(eq(customers.id, id), customerScope(user, 'customers')))
    .for('update');
  if (!row) throw notFound('Customer');
  return row;
}

/** A staff user with own scope (salesperson) may not hand a customer to someone else. */
export function assertMayAssign(user: AuthUser, salespersonId: number | null, path: string) {
  if (user.dataScope === 'own' && salespersonId !== user.id) {
    throw new AppError('FORBIDDEN', '业务员不能把客户分配给他人 / A salesperson cannot reassign customers', {
      field: path,
    });
  }
}

export async function assertSalesperson(db: DbOrTx, id: number, path: string) {
  const [row] = await queryRows<{ id: number }>(db, sql`SELECT id FROM users WHERE id = ${id} AND kind = 'staff'`);
  if (!row) throw validationFailed([{ path, message: `staff user ${id} does not exist` }]);
}

export async function assertLevel(db: DbOrTx, id: number, path: string) {
  const [row] = await db.select({ id: customerLevels.id }).from(customerLevels).where(eq(customerLevels.id, id));
  if (!row) throw validationFailed([{ path, message: `customer level ${id} does not exist` }]);
}

export interface CreateCustomerInput {
  name: string;
  code?: string;
  levelId?: number;
  creditLimit?: number;
  paymentTermDays?: number;
  salespersonId?: number;
  contactName?: string;
  phone?: string;
  province?: string;
  city?: string;
  district?: string;
  address?: string;
  notes?: string;
  tags?: string[];
  status?: CustomerRow['status'];
}

/**
 * Creates a customer company. A salesperson (own scope) always becomes its salesperson; without a
 * code one is assigned (C00012). Audited.
 */
export async function createCustomer(
  db: Db,
  user: AuthUser,
  actor: AuditActor,
  input: CreateCustomerInput,
): Promise<CustomerRow> {
  const salespersonId = user.dataScope === 'own' ? user.id : input.salespersonId;
  const { region, errors } = checkRegion(input, bodyRegionPaths);
  if (errors.length) throw validationFailed(errors);
  const id = await db.transaction(async (tx) => {
    if (input.levelId) await assertLevel(tx, input.levelId, '/body/levelId');
    if (salespersonId && salespersonId !== user.id) await assertSalesperson(tx, salespersonId, '/body/salespersonId');
    if (input.code) {
      const [taken] = await tx.select({ id: customers.id }).from(customers).where(eq(customers.code, input.code));
      if (taken)
        throw new AppError('CONFLICT', `客户编码 ${input.code} 已存在 / Customer code already taken`, {
          field: 'code',
        });
    }
    const [row] = await tx
      .insert(customers)
      .values({
        ...input,
        ...region,
        code: input.code ?? `tmp-${crypto.randomUUID()}`,
        salespersonId: salespersonId ?? null,
        notes: input.notes ?? '',
        tags: input.tags ?? [],
      })
      .returning({ id: customers.id });
    if (!input.code) {
      await tx.execute(sql`UPDATE customers SET code = 'C' || lpad(id::text, 5, '0') WHERE id = ${row.id}`);
    }
    await audit(tx, actor, {
      action: 'customer.created',
      targetType: 'customer',
      targetId: row.id,
      details: { name: input.name },
    });
    return row.id;
  });
  return getCustomer(db, user, id);
}

/** Adds a sign-in account (buyer, approver or viewer) to a customer the caller may see. */
export async function createCustomerUser(
  db: Db,
  user: AuthUser,
  actor: AuditActor,
  customerId: number,
  input: { username: string; password: string; name?: string; role: 'buyer' | 'approver' | 'viewer'; phone?: string },
): Promise<UserRow> {
  const customer = await getCustomer(db, user, customerId);
  const roleId = await roleIdByCode(db, input.role);
  return createUser(db, actor, {
    username: input.username,
    password: input.password,
    name: input.name ?? `${customer.contactName ?? customer.name}`,
    phone: input.phone,
    roleIds: [roleId],
    customerId,
  });
}

export async function listLevels(db: DbOrTx) {
  return queryRows<{ id: number; name: string; discountPercent: number; sort: number; customerCount: number }>(
    db,
    sql`SELECT l.id::int AS id, l.name, l.discount_percent AS "discountPercent", l.sort,
               (SELECT count(*)::int FROM customers c WHERE c.level_id = l.id) AS "customerCount"
          FROM customer_levels l ORDER BY l.sort, l.id`,
  );
}

export async function createLevel(
  db: Db,
  actor: AuditActor,
  input: { name: string; discountPercent: number; sort?: number },
) {
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: customerLevels.id })
      .from(customerLevels)
      .where(eq(customerLevels.name, input.name));
    if (taken)
      throw new AppError('CONFLICT', `等级 ${input.name} 已存在 / Level name already taken`, { field: 'name' });
    const [row] = await tx.insert(customerLevels).values(input).returning();
    await audit(tx, actor, {
      action: 'customer_level.created',
      targetType: 'customer_level',
      targetId: row.id,
      details: input,
    });
    return { id: row.id, name: row.name, discountPercent: row.discountPercent, sort: row.sort, customerCount: 0 };
  });
}
