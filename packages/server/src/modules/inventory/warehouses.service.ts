import { type SQL, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { WarehouseStatus } from '../../db/schema/index.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { AppError, conflict, notFound, validationFailed } from '../../lib/errors.ts';
import { iso, queryRows } from '../../lib/sql.ts';
import { type PageInput, pageRows } from './paging.ts';

export interface WarehouseRow {
  id: number;
  code: string;
  name: string;
  address: string;
  isDefault: boolean;
  status: WarehouseStatus;
  createdAt: string;
}

const selectWarehouses = (where: SQL, tail: SQL = sql``) => sql`
  SELECT id::int AS id, code, name, address, is_default AS "isDefault", status, ${iso('created_at')} AS "createdAt",
         count(*) OVER ()::int AS total
    FROM warehouses WHERE ${where}
   ORDER BY is_default DESC, code, id ${tail}`;

async function warehouseView(db: DbOrTx, id: number): Promise<WarehouseRow> {
  const [warehouse] = await queryRows<WarehouseRow & { total: number }>(db, selectWarehouses(sql`id = ${id}`));
  if (!warehouse) throw notFound('Warehouse');
  const { total: _t, ...view } = warehouse;
  return view;
}

/** All warehouses, the default first. */
export async function listWarehouses(db: DbOrTx, query: PageInput): Promise<{ items: WarehouseRow[]; total: number }> {
  return pageRows<WarehouseRow>(
    db,
    (tail) => selectWarehouses(sql`true`, tail),
    sql`SELECT count(*)::int AS total FROM warehouses`,
    query,
  );
}

const blankFields = (input: Record<string, string | undefined>) =>
  Object.entries(input)
    .filter(([, value]) => value !== undefined && !value.trim())
    .map(([key]) => ({ path: `/body/${key}`, message: '不能为空 / must not be blank' }));

/** Creates a warehouse; codes are unique (400 on `/body/code` otherwise). Audited as warehouse.created. */
export async function createWarehouse(
  db: Db,
  actor: AuditActor,
  input: { code: string; name: string; address?: string },
): Promise<WarehouseRow> {
  const fields = blankFields({ code: input.code, name: input.name });
  if (fields.length) throw validationFailed(fields);
  const code = input.code.trim();
  const name = input.name.trim();
  const id = await db.transaction(async (tx) => {
    const [row] = await queryRows<{ id: number }>(
      tx,
      sql`INSERT INTO warehouses (code, name, address) VALUES (${code}, ${name}, ${input.address?.trim() ?? ''})
          ON CONFLICT (code) DO NOTHING RETURNING id::int AS id`,
    );
    if (!row)
      throw validationFailed([
        { path: '/body/code', message: `仓库编码 ${code} 已存在 / warehouse code ${code} already exists` },
      ]);
    await audit(tx, actor, {
      action: 'warehouse.created',
      targetType: 'warehouse',
      targetId: row.id,
      details: { code, name },
    });
    return row.id;
  });
  return warehouseView(db, id);
}

/**
 * Renames, moves or disables/enables a warehouse. The default warehouse cannot be disabled (409
 * CONFLICT): changes that name no warehouse go there. A disabled warehouse keeps its stock, but
 * takes no changes and does not count towards catalog availability. Audited as warehouse.updated.
 */
export async function updateWarehouse(
  db: Db,
  actor: AuditActor,
  id: number,
  input: { name?: string; address?: string; status?: WarehouseStatus },
): Promise<WarehouseRow> {
  const fields = blankFields({ name: input.name });
  if (fields.length) throw validationFailed(fields);
  await db.transaction(async (tx) => {
    const [before] = await queryRows<{ isDefault: boolean; name: string; address: string; status: WarehouseStatus }>(
      tx,
      sql`SELECT is_default AS "isDefault", name, address, status FROM warehouses WHERE id = ${id} FOR UPDATE`,
    );
    if (!before) throw notFound('Warehouse');
    if (before.isDefault && input.status === 'disabled') {
      throw conflict(
        '默认仓库不能停用，请先把其他仓库设为默认 / the default warehouse cannot be disabled; make another one the default first',
      );
    }
    const after = {
      name: input.name?.trim() ?? before.name,
      address: input.address?.trim() ?? before.address,
      status: input.status ?? before.status,
    };
    await tx.execute(
      sql`UPDATE warehouses SET name = ${after.name}, address = ${after.address}, status = ${after.status} WHERE id = ${id}`,
    );
    await audit(tx, actor, {
      action: 'warehouse.updated',
      targetType: 'warehouse',
      targetId: id,
      details: { before: { name: before.name, address: before.address, status: before.status }, after },
    });
  });
  return warehouseView(db, id);
}

/**
 * Makes an active warehouse the default (409 INVALID_STATE for a disabled one). The old default's
 * row is locked first, so two such requests run one after the other. Audited as warehouse.default_set.
 */
export async function setDefaultWarehouse(db: Db, actor: AuditActor, id: number): Promise<WarehouseRow> {
  await db.transaction(async (tx) => {
    const [previous] = await queryRows<{ id: number }>(
      tx,
      sql`SELECT id::int AS id FROM warehouses WHERE is_default FOR UPDATE`,
    );
    const [target] = await queryRows<{ status: WarehouseStatus }>(
      tx,
      sql`SELECT status FROM warehouses WHERE id = ${id} FOR UPDATE`,
    );
    if (!target) throw notFound('Warehouse');
    if (target.status !== 'active')
      throw new AppError('INVALID_STATE', '停用的仓库不能设为默认 / a disabled warehouse cannot be the default');
    if (previous?.id === id) return;
    if (previous) await tx.execute(sql`UPDATE warehouses SET is_default = false WHERE id = ${previous.id}`);
    await tx.execute(sql`UPDATE warehouses SET is_default = true WHERE id = ${id}`);
    await audit(tx, actor, {
      action: 'warehouse.default_set',
      targetType: 'warehouse',
      targetId: id,
      details: { previousDefaultId: previous?.id ?? null },
    });
  });
  return warehouseView(db, id);
}

/** The warehouse a change goes to: the one named (400 on `path` if unknown or disabled) or the default. */
export async function targetWarehouse(tx: DbOrTx, warehouseId: number | undefined, path: string): Promise<number> {
  if (warehouseId === undefined) {
    const [row] = await queryRows<{ id: number }>(
      tx,
      sql`SELECT id::int AS id FROM warehouses WHERE is_default AND status = 'active'`,
    );
    if (!row) throw conflict('没有启用的默认仓库，请指定仓库 / there is no active default warehouse; name a warehouse');
    return row.id;
  }
  const [row] = await queryRows<{ status: WarehouseStatus }>(
    tx,
    sql`SELECT status FROM warehouses WHERE id = ${warehouseId}`,
  );
  if (!row)
    throw validationFailed([{ path, message: `仓库 ${warehouseId} 不存在 / warehouse ${warehouseId} does not exist` }]);
  if (row.status !== 'active')
    throw validationFailed([{ path, message: `仓库 ${warehouseId} 已停用 / warehouse ${warehouseId} is disabled` }]);
  return warehouseId;
}
