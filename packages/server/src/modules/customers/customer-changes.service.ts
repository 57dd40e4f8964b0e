import { and, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog, customers, type PaymentMethod } from '../../db/schema/index.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { AppError, notFound, validationFailed } from '../../lib/errors.ts';
import type { AuthUser } from '../auth/session.ts';
import { customerScope } from './customer-scope.ts';
import {
  assertLevel,
  assertMayAssign,
  assertSalesperson,
  type CustomerRow,
  getCustomer,
  lockCustomer,
} from './customers.service.ts';
import { bodyRegionPaths, checkRegion } from './regions.ts';

export interface UpdateCustomerInput {
  name?: string;
  code?: string;
  levelId?: number | null;
  salespersonId?: number | null;
  contactName?: string | null;
  phone?: string | null;
  province?: string | null;
  city?: string | null;
  district?: string | null;
  address?: string | null;
  creditLimit?: number;
  paymentTermDays?: number;
  paymentMethods?: PaymentMethod[] | null;
  notes?: string;
  tags?: string[];
  status?: 'active' | 'disabled';
}

const creditFields = ['creditLimit', 'paymentTermDays', 'paymentMethods'] as const;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changes a customer in the user's scope. A salesperson cannot hand it to someone else; the code stays
 * unique (409 naming the field); a pending customer changes status only through approve/reject.
 * Audited as customer.updated with before/after of every changed field, and credit changes also as
 * customer.credit_changed so finance can follow them.
 */
export async function updateCustomer(
  db: Db,
  user: AuthUser,
  actor: AuditActor,
  id: number,
  input: UpdateCustomerInput,
): Promise<CustomerRow> {
  await db.transaction(async (tx) => {
    const before = await lockCustomer(tx, user, id);
    const next: UpdateCustomerInput = { ...input };
    if (input.salespersonId !== undefined && input.salespersonId !== before.salespersonId) {
      assertMayAssign(user, input.salespersonId, '/body/salespersonId');
      if (input.salespersonId !== null) await assertSalesperson(tx, input.salespersonId, '/body/salespersonId');
    }
    if (input.levelId && input.levelId !== before.levelId) await assertLevel(tx, input.levelId, '/body/levelId');
    if (input.code !== undefined && input.code !== before.code) {
      const [taken] = await tx.select({ id: customers.id }).from(customers).where(eq(customers.code, input.code));
      if (taken)
        throw new AppError('CONFLICT', `客户编码 ${input.code} 已存在 / Customer code already taken`, {
          field: 'code',
        });
    }
    if (input.status !== undefined && input.status !== before.status && before.status === 'pending') {
      throw new AppError('INVALID_STATE', '待审核客户请通过审核或驳回 / Approve or reject a pending customer', {
        field: 'status',
      });
    }
    if (input.province !== undefined || input.city !== undefined || input.district !== undefined) {
      const { region, errors } = checkRegion(
        {
          province: input.province === undefined ? before.province : input.province,
          city: input.city === undefined ? before.city : input.city,
          district: input.district === undefined ? before.district : input.district,
        },
        bodyRegionPaths,
      );
      if (errors.length) throw validationFailed(errors);
      Object.assign(next, region);
    }
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const [key, after] of Object.entries(next)) {
      if (after === undefined) continue;
      const was = before[key as keyof typeof before];
      if (!same(was, after)) changes[key] = { before: was, after };
    }
    if (!Object.keys(changes).length) return;
    const set = Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.after]));
    await tx
      .update(customers)
      .set({ ...set, updatedAt: sql`now()` })
      .where(eq(customers.id, id));
    await audit(tx, actor, {
      action: 'customer.updated',
      targetType: 'customer',
      targetId: id,
      details: { name: before.name, changes },
    });
    const credit = creditFields.filter((f) => changes[f]);
    if (credit.length) {
      await audit(tx, actor, {
        action: 'customer.credit_changed',
        targetType: 'customer',
        targetId: id,
        details: { name: before.name, ...Object.fromEntries(credit.map((f) => [f, changes[f]])) },
      });
    }
  });
  return getCustomer(db, user, id);
}

export type BatchAction = 'assign_salesperson' | 'set_level' | 'disable' | 'enable';

/**
 * Applies one action to up to 500 customers, all or none: an id outside the user's scope (or
 * unknown) refuses the whole batch with NOT_FOUND. `enable` re-activates disabled customers only
 * (pending ones go through approval). Returns how many customers actually changed; each changed
 * customer gets a customer.updated audit entry.
 */
export async function batchUpdateCustomers(
  db: Db,
  user: AuthUser,
  actor: AuditActor,
  input: { ids: number[]; action: BatchAction; salespersonId?: number; levelId?: number },
): Promise<{ updated: number }> {
  const ids = [...new Set(input.ids)];
  return db.transaction(async (tx) => {
    const [{ n }] = await tx
      .select({ n: count() })
      .from(customers)
      .where(and(inArray(customers.id, ids), customerScope(user, 'customers')));
    if (n !== ids.length) throw notFound('Customer');
    let set: Partial<typeof customers.$inferInsert>;
    let changed: SQL;
    switch (input.action) {
      case 'assign_salesperson': {
        if (!input.salespersonId)
          throw validationFailed([{ path: '/body/salespersonId', message: '必填 / required for assign_salesperson' }]);
        assertMayAssign(user, input.salespersonId, '/body/salespersonId');
        await assertSalesperson(tx, input.salespersonId, '/body/salespersonId');
        set = { salespersonId: input.salespersonId };
        changed = sql`${customers.salespersonId} IS DISTINCT FROM ${input.salespersonId}`;
        break;
      }
      case 'set_level': {
        if (!input.levelId)
          throw validationFailed([{ path: '/body/levelId', message: '必填 / required for set_level' }]);
        await assertLevel(tx, input.levelId, '/body/levelId');
        set = { levelId: input.levelId };
        changed = sql`${customers.levelId} IS DISTINCT FROM ${input.levelId}`;
        break;
      }
      case 'disable':
        set = { status: 'disabled' };
        changed = sql`${customers.status} <> 'disabled'`;
        break;
      case 'enable':
        set = { status: 'active' };
        changed = sql`${customers.status} = 'disabled'`;
        break;
    }
    const rows = await tx
      .update(customers)
      .set({ ...set, updatedAt: sql`now()` })
      .where(sql`${inArray(customers.id, ids)} AND ${changed}`)
      .returning({ id: customers.id });
    if (rows.length) {
      await tx.insert(auditLog).values(
        rows.map((r) => ({
          actorId: actor.id,
          actorName: actor.name,
          ip: actor.ip ?? null,
          action: 'customer.updated',
          targetType: 'customer',
          targetId: String(r.id),
          details: { batch: input.action, changes: set },
        })),
      );
    }
    return { updated: rows.length };
  });
}
