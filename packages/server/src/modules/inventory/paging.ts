import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { pageOf } from '../../lib/pagination.ts';
import { queryRows } from '../../lib/sql.ts';

export interface PageInput {
  page?: number;
  pageSize?: number;
}

/** One page of rows selected with `count(*) OVER () AS total`, and the total. */
export async function pageRows<T>(db: DbOrTx, select: (tail: SQL) => SQL, countQuery: SQL, query: PageInput) {
  const { limit, offset } = pageOf(query);
  const rows = await queryRows<T & { total: number }>(db, select(sql`LIMIT ${limit} OFFSET ${offset}`));
  let total = rows[0]?.total ?? 0;
  if (!rows.length && offset > 0) [{ total }] = await queryRows<{ total: number }>(db, countQuery);
  return { items: rows.map(({ total: _t, ...item }) => item as T), total };
}
