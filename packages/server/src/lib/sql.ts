import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';

/** Runs a raw SQL statement and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Escapes LIKE wildcards so user text matches literally. */
export const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A timestamptz column as ISO 8601 UTC text. Raw queries use this because the drivers hand back
 * timestamps in different shapes (PGlite under Drizzle returns Postgres text, node-postgres a Date).
 */
export const iso = (column: string) =>
  sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

type Element = string | number | null;
const element = (v: Element) =>
  v === null ? 'NULL' : typeof v === 'number' ? String(v) : `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/**
 * A JS array as ONE bound PostgreSQL array parameter (for `= ANY(...)` and `unnest(...)`), written as
 * array text so both drivers pass it alike. Batch writes use `unnest` of such columns rather than
 * multi-row VALUES: one parameter per column instead of one per cell binds far faster (10× on PGlite).
 */
export const pgArray = (values: Element[], type: 'bigint' | 'int' | 'text' | 'jsonb'): SQL =>
  sql`${`{${values.map(element).join(',')}}`}::${sql.raw(type)}[]`;
export const bigintArray = (values: number[]): SQL => pgArray(values, 'bigint');
export const textArray = (values: string[]): SQL => pgArray(values, 'text');

type ArrayType = Parameters<typeof pgArray>[1];

/**
 * Rows turned into columns for `unnest(...)`: each key becomes one array parameter of the given type,
 * read from every row by its getter (objects go as JSON).
 */
export function pgColumns<R, K extends string>(
  rows: R[],
  columns: Record<K, [ArrayType, (row: R) => Element | Record<string, unknown> | unknown[]]>,
): Record<K, SQL> {
  const out = {} as Record<K, SQL>;
  for (const key of Object.keys(columns) as K[]) {
    const [type, get] = columns[key];
    out[key] = pgArray(
      rows.map((row) => {
        const v = get(row);
        return v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
      }),
      type,
    );
  }
  return out;
}
