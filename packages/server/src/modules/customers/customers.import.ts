import { inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { customers } from '../../db/schema/index.ts';
import { type AuditActor, audit } from '../../lib/audit.ts';
import { queryRows } from '../../lib/sql.ts';
import type { AuthUser } from '../auth/session.ts';
import type { ImportColumn, ImportHandler, RowError, WriteCounts } from '../imports/import.types.ts';
import { customerFilter } from './customers.service.ts';
import { checkRegion } from './regions.ts';

/** One valid sheet row, ready to write; `code` null means "new customer, number it". */
export interface CustomerImportRow {
  code: string | null;
  name: string;
  levelId: number | null;
  salespersonId: number | null;
  contactName: string | null;
  phone: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  address: string | null;
  creditLimit: number;
  paymentTermDays: number;
  tags: string[];
  notes: string;
}

const columns = [
  { key: 'code', header: '客户编码', example: 'C00001', width: 12 },
  { key: 'name', header: '客户名称', required: true, example: '西湖人家餐厅', width: 28 },
  { key: 'level', header: '客户等级', example: '金牌', width: 10 },
  { key: 'salesperson', header: '业务员', example: 'sales1', width: 12 },
  { key: 'contactName', header: '联系人', example: '王芳', width: 10 },
  { key: 'phone', header: '手机', example: '13812341234', width: 14 },
  { key: 'province', header: '省', example: '浙江省', width: 10 },
  { key: 'city', header: '市', example: '杭州市', width: 10 },
  { key: 'district', header: '区', example: '西湖区', width: 10 },
  { key: 'address', header: '详细地址', example: '文三路 100 号', width: 30 },
  { key: 'creditLimit', header: '信用额度', example: '50000.00', width: 12 },
  { key: 'paymentTermDays', header: '账期天数', example: '30', width: 10 },
  { key: 'tags', header: '标签', example: '餐饮,连锁', width: 16 },
  { key: 'notes', header: '备注', example: '', width: 30 },
] as const satisfies readonly ImportColumn[];

type Key = (typeof columns)[number]['key'];
const header = Object.fromEntries(columns.map((c) => [c.key, c.header])) as Record<Key, string>;

const codePattern = /^[A-Za-z0-9_-]{1,32}$/;
const phonePattern = /^[0-9+\- ]{1,20}$/;
const maxLengths: Partial<Record<Key, number>> = { name: 100, contactName: 32, address: 200, notes: 2000 };

/** Yuan text ("1,234.5", "¥800") to integer fen without floating point; null when it is not an amount. */
export function yuanToFen(text: string): number | null {
  const m = /^(\d{1,11})(?:\.(\d{1,2}))?$/.exec(text.replace(/[,，¥￥\s]/g, ''));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export const splitTags = (text: string) => [
  ...new Set(
    text
      .split(/[,，、;；]/)
      .map((t) => t.trim())
      .filter(Boolean),
  ),
];

interface Lookups {
  levels: Map<string, number>;
  staffByUsername: Map<string, number>;
  /** Staff display names; several staff may share one, which makes it ambiguous. */
  staffByName: Map<string, number[]>;
  existingCodes: Map<string, number | null>;
  /** Existing customers by name → code, to stop a code-less row from creating a duplicate. */
  existingNames: Map<string, string>;
}

async function loadLookups(db: Db, raw: Record<string, string>[]): Promise<Lookups> {
  const codes = [...new Set(raw.map((r) => r.code?.trim()).filter((c): c is string => !!c))];
  const names = [
    ...new Set(
      raw
        .filter((r) => !r.code?.trim())
        .map((r) => r.name?.trim())
        .filter(Boolean),
    ),
  ];
  const [levels, staff, existing, named] = await Promise.all([
    queryRows<{ id: number; name: string }>(db, sql`SELECT id::int AS id, name FROM customer_levels`),
    queryRows<{ id: number; username: string; name: string }>(
      db,
      sql`SELECT id::int AS id, username, name FROM users WHERE kind = 'staff'`,
    ),
    codes.length
      ? db
          .select({ code: customers.code, salespersonId: customers.salespersonId })
          .from(customers)
          .where(inArray(customers.code, codes))
      : Promise.resolve([]),
    names.length
      ? db.select({ code: customers.code, name: customers.name }).from(customers).where(inArray(customers.name, names))
      : Promise.resolve([]),
  ]);
  const staffByName = new Map<string, number[]>();
  for (const s of staff) staffByName.set(s.name, [...(staffByName.get(s.name) ?? []), s.id]);
  return {
    levels: new Map(levels.map((l) => [l.name, l.id])),
    staffByUsername: new Map(staff.map((s) => [s.username.toLowerCase(), s.id])),
    staffByName,
    /** Existing customer codes and the salesperson each belongs to. */
    existingCodes: new Map(existing.map((e) => [e.code, e.salespersonId])),
    existingNames: new Map(named.map((n) => [n.name, n.code])),
  };
}

/**
 * Checks every row on its own, against the other rows (codes, and names of rows without a code, are
 * unique in the file) and against the database (level and salesperson exist, a code-less name is
 * not an existing customer's). A row whose code exists updates that customer.
 */
async function validate(db: Db, raw: Record<string, string>[], user: AuthUser) {
  const lookups = await loadLookups(db, raw);
  // A salesperson (own scope) imports only its own customers: it may update those and create new
  // ones, which become its own whatever the sheet says.
  const ownScope = user.dataScope === 'own';
  const errors: RowError[] = [];
  const firstRowOfCode = new Map<string, number>();
  const firstRowOfName = new Map<string, number>();
  const rows = raw.map((cells, index): CustomerImportRow | null => {
    const row = index + 2;
    const before = errors.length;
    const fail = (key: Key, message: string) => errors.push({ row, column: header[key], message });
    const cell = (key: Key) => {
      const v = (cells[key] ?? '').trim();
      const max = maxLengths[key];
      if (max && v.length > max) fail(key, `最多 ${max} 个字符 / at most ${max} characters`);
      return v;
    };

    const code = cell('code');
    if (code) {
      if (!codePattern.test(code)) fail('code', '只能包含字母、数字、- 和 _，最多 32 位 / letters, digits, - and _');
      const seen = firstRowOfCode.get(code);
      if (seen) fail('code', `与第 ${seen} 行重复 / duplicate of row ${seen}`);
      else firstRowOfCode.set(code, row);
      if (ownScope && lookups.existingCodes.has(code) && lookups.existingCodes.get(code) !== user.id)
        fail('code', '不是您负责的客户 / not one of your customers');
    }
    const name = cell('name');
    if (!name) fail('name', '必填 / required');
    else if (!code) {
      const seen = firstRowOfName.get(name);
      const existing = lookups.existingNames.get(name);
      if (seen) fail('name', `与第 ${seen} 行重复 / duplicate of row ${seen}`);
      else firstRowOfName.set(name, row);
      if (existing) fail('name', `客户已存在（编码 ${existing}），填写客户编码即可更新 / exists as ${existing}`);
    }

    const levelName = cell('level');
    const levelId = levelName ? (lookups.levels.get(levelName) ?? null) : null;
    if (levelName && levelId === null) fail('level', `客户等级「${levelName}」不存在 / unknown level`);

    const sales = cell('salesperson');
    let salespersonId: number | null = ownScope ? user.id : null;
    if (sales && ownScope) {
      const self = lookups.staffByUsername.get(sales.toLowerCase()) ?? lookups.staffByName.get(sales)?.[0];
      if (self !== user.id) fail('salesperson', '只能填写您自己 / you can only assign yourself');
    } else if (sales) {
      const byName = lookups.staffByName.get(sales) ?? [];
      salespersonId = lookups.staffByUsername.get(sales.toLowerCase()) ?? (byName.length === 1 ? byName[0] : null);
      if (salespersonId === null)
        fail(
          'salesperson',
          byName.length > 1
            ? `有多名员工叫「${sales}」，请填写用户名 / ambiguous name, use the username`
            : `员工「${sales}」不存在 / unknown staff user`,
        );
    }

    const phone = cell('phone');
    if (phone && !phonePattern.test(phone)) fail('phone', '电话格式不正确 / invalid phone number');

    const { region, errors: regionErrors } = checkRegion(
      { province: cell('province'), city: cell('city'), district: cell('district') },
      { province: header.province, city: header.city, district: header.district },
    );
    for (const e of regionErrors) errors.push({ row, column: e.path, message: e.message });

    const creditText = cell('creditLimit');
    const creditLimit = creditText ? yuanToFen(creditText) : 0;
    if (creditLimit === null) fail('creditLimit', '须为不小于 0 的金额（元，最多两位小数） / amount in yuan');

    const termText = cell('paymentTermDays');
    const paymentTermDays = termText ? Number(termText) : 0;
    if (!Number.isInteger(paymentTermDays) || paymentTermDays < 0 || paymentTermDays > 365)
      fail('paymentTermDays', '须为 0–365 的整数 / whole days 0–365');

    const tags = splitTags(cell('tags'));
    if (tags.length > 20 || tags.some((t) => t.length > 16))
      fail('tags', '最多 20 个标签，每个最多 16 字 / at most 20 tags of 16 characters');

    if (errors.length > before) return null;
    return {
      code: code || null,
      name,
      levelId,
      salespersonId,
      contactName: cell('contactName') || null,
      phone: phone || null,
      ...region,
      address: cell('address') || null,
      creditLimit: creditLimit as number,
      paymentTermDays,
      tags,
      notes: cell('notes'),
    };
  });
  return { rows, errors };
}

/** Rows per statement; each chunk travels as one JSON parameter. */
const chunkSize = 2000;

/**
 * Writes valid rows: one upsert per 2,000 rows, the rows sent as one JSON parameter (an existing
 * code updates that customer's sheet fields; status and source stay), then numbers the new
 * code-less customers (C00012) in one statement, then one audit entry for the batch.
 */
async function write(tx: Tx, rows: CustomerImportRow[], actor: AuditActor, user: AuthUser): Promise<WriteCounts> {
  // Re-checked here: a customer may have been reassigned between validation and the run.
  const mayUpdate = user.dataScope === 'own' ? sql`WHERE customers.salesperson_id = ${user.id}` : sql``;
  let created = 0;
  let updated = 0;
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = JSON.stringify(rows.slice(i, i + chunkSize));
    const result = await queryRows<{ id: number; code: string; inserted: boolean }>(
      tx,
      sql`INSERT INTO customers (code, name, level_id, salesperson_id, contact_name, phone, province, city, district,
                                 address, credit_limit, payment_term_days, tags, notes, source)
          SELECT coalesce(r.code, 'tmp-' || gen_random_uuid()), r.name, r."levelId", r."salespersonId",
                 r."contactName", r.phone, r.province, r.city, r.district, r.address, r."creditLimit",
                 r."paymentTermDays", r.tags, r.notes, 'import'
            FROM jsonb_to_recordset(${chunk}::jsonb) AS r(code text, name text, "levelId" bigint,
                 "salespersonId" bigint, "contactName" text, phone text, province text, city text, district text,
                 address text, "creditLimit" bigint, "paymentTermDays" int, tags text[], notes text)
          ON CONFLICT (code) DO UPDATE SET
                 name = excluded.name, level_id = excluded.level_id, salesperson_id = excluded.salesperson_id,
                 contact_name = excluded.contact_name, phone = excluded.phone, province = excluded.province,
                 city = excluded.city, district = excluded.district, address = excluded.address,
                 credit_limit = excluded.credit_limit, payment_term_days = excluded.payment_term_days,
                 tags = excluded.tags, notes = excluded.notes, updated_at = now()
          ${mayUpdate}
          -- xmax is 0 on a freshly inserted row version and set on an updated one.
          RETURNING (xmax = 0) AS inserted`,
    );
    for (const r of result) {
      if (r.inserted) created++;
      else updated++;
    }
  }
  await tx.execute(
    sql`UPDATE customers SET code = 'C' || lpad(id::text, 5, '0') WHERE code LIKE 'tmp-%' AND source = 'import'`,
  );
  await audit(tx, actor, { action: 'customer.imported', targetType: 'customer', details: { created, updated } });
  return { created, updated };
}

/** Export rows in the import's own columns, so an exported sheet can be edited and imported again. */
async function exportRows(
  db: Db,
  user: Parameters<ImportHandler['exportRows']>[1],
  filter: Record<string, string | undefined>,
) {
  const where = customerFilter(user, {
    q: filter.q,
    status: filter.status as never,
    levelId: filter.levelId ? Number(filter.levelId) || -1 : undefined,
    salespersonId: filter.salespersonId ? Number(filter.salespersonId) || -1 : undefined,
    tag: filter.tag,
    province: filter.province,
    city: filter.city,
    source: filter.source as never,
  });
  const rows = await queryRows<{
    code: string;
    name: string;
    level: string | null;
    salesperson: string | null;
    contactName: string | null;
    phone: string | null;
    province: string | null;
    city: string | null;
    district: string | null;
    address: string | null;
    creditLimit: number;
    paymentTermDays: number;
    tags: string[];
    notes: string;
  }>(
    db,
    sql`SELECT c.code, c.name, l.name AS level, s.username AS salesperson, c.contact_name AS "contactName", c.phone,
               c.province, c.city, c.district, c.address, c.credit_limit::float8 AS "creditLimit",
               c.payment_term_days AS "paymentTermDays", c.tags, c.notes
          FROM customers c
          LEFT JOIN customer_levels l ON l.id = c.level_id
          LEFT JOIN users s ON s.id = c.salesperson_id
         WHERE ${where}
         ORDER BY c.code`,
  );
  return rows.map((r) => ({
    ...r,
    // A number, so the sheet can sum it; fen / 100 prints back exactly (0.1 → "0.1").
    creditLimit: r.creditLimit / 100,
    tags: r.tags.join(','),
  }));
}

/** Customers from and to Excel (客户导入导出); registered by modules/imports. */
export const customersImportHandler: ImportHandler<CustomerImportRow> = {
  kind: 'customers',
  importPermission: 'customers:create',
  exportPermission: 'customers:export',
  columns: [...columns],
  validate,
  write,
  exportRows,
};
