import type { FieldError } from '../../api/client.ts';

export type FieldPath = (string | number)[];

/**
 * "/body/skus/0/units/1/price" → ['skus', 0, 'units', 1, 'price']: the nested form field a server
 * validation path points at (undefined for query, params or an empty path). `rename` maps a top-level
 * API name onto the form's name where they differ.
 */
export function fieldPathOf(path: string, rename: Record<string, string> = {}): FieldPath | undefined {
  const [, location, first, ...rest] = path.split('/');
  if (location !== 'body' || !first) return undefined;
  const segments = [rename[first] ?? first, ...rest.filter(Boolean)];
  return segments.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/**
 * Groups server field errors by the form field they belong to; `exists` says whether the form has
 * that field (an error for a field the form does not show stays for the toast).
 */
export function fieldErrorsToForm(
  errors: readonly FieldError[],
  exists: (path: FieldPath) => boolean,
  rename: Record<string, string> = {},
): { fields: { name: FieldPath; errors: string[] }[]; unmatched: FieldError[] } {
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    const name = fieldPathOf(error.path, rename);
    if (!name || !exists(name)) {
      unmatched.push(error);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(error.message);
    byField.set(key, entry);
  }
  return { fields: [...byField.values()], unmatched };
}

/** Whether `values` has a place for `path`: every parent along it exists (the leaf may be empty). */
export function hasFieldPath(values: unknown, path: FieldPath): boolean {
  let node = values;
  for (const segment of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string | number, unknown>)[segment];
  }
  if (node === null || typeof node !== 'object') return false;
  const leaf = path[path.length - 1];
  return Array.isArray(node) ? typeof leaf === 'number' && leaf < node.length : leaf in node;
}
