import { type SQL, sql } from 'drizzle-orm';

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
