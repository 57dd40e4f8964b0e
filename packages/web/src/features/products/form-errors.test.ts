import { describe, expect, it } from 'vitest';
import { fieldErrorsToForm, fieldPathOf, hasFieldPath } from './form-errors.ts';

describe('server error path → form field', () => {
  it('turns body paths into nested field paths', () => {
    expect(fieldPathOf('/body/name')).toEqual(['name']);
    expect(fieldPathOf('/body/skus/0/code')).toEqual(['skus', 0, 'code']);
    expect(fieldPathOf('/body/skus/1/units/2/price')).toEqual(['skus', 1, 'units', 2, 'price']);
    expect(fieldPathOf('/body/specNames/0', { specNames: 'specDefs' })).toEqual(['specDefs', 0]);
  });

  it('ignores paths outside the body', () => {
    expect(fieldPathOf('/query/page')).toBeUndefined();
    expect(fieldPathOf('/body')).toBeUndefined();
    expect(fieldPathOf('')).toBeUndefined();
  });

  it('groups errors by field and keeps the ones the form cannot show', () => {
    const values = { name: '', skus: [{ code: 'A', units: [{ name: '箱', price: null }] }] };
    const result = fieldErrorsToForm(
      [
        { path: '/body/skus/0/code', message: 'taken' },
        { path: '/body/skus/0/code', message: 'too long' },
        { path: '/body/skus/0/units/0/price', message: 'bad' },
        { path: '/body/skus/3/code', message: 'no such row' },
        { path: '/body/secret', message: 'hidden' },
      ],
      (path) => hasFieldPath(values, path),
    );
    expect(result.fields).toEqual([
      { name: ['skus', 0, 'code'], errors: ['taken', 'too long'] },
      { name: ['skus', 0, 'units', 0, 'price'], errors: ['bad'] },
    ]);
    expect(result.unmatched.map((e) => e.path)).toEqual(['/body/skus/3/code', '/body/secret']);
  });

  it('knows which paths a form has', () => {
    const values = { name: 'x', skus: [{ code: 'A', price: undefined }] };
    expect(hasFieldPath(values, ['name'])).toBe(true);
    expect(hasFieldPath(values, ['skus', 0, 'price'])).toBe(true);
    expect(hasFieldPath(values, ['skus', 1, 'code'])).toBe(false);
    expect(hasFieldPath(values, ['skus', 0, 'units', 0, 'name'])).toBe(false);
    expect(hasFieldPath(values, ['nothing'])).toBe(false);
  });
});
