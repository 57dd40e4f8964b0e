import { describe, expect, it } from 'vitest';
import {
  canImportAll,
  canImportValid,
  errorColumns,
  filterRowErrors,
  type ImportJob,
  type ImportState,
  importPercent,
  importReducer,
  initialImportState,
} from './import-progress.ts';

const job = (patch: Partial<ImportJob> = {}): ImportJob => ({
  id: 1,
  kind: 'products',
  status: 'validated',
  totalRows: 10,
  validRows: 8,
  processedRows: 0,
  filename: 'products.xlsx',
  createdAt: '2026-11-24T08:00:00.000Z',
  finishedAt: null,
  result: null,
  errorCount: 2,
  errors: [
    { row: 3, column: '商品名称', message: '必填' },
    { row: 7, column: '批发价', message: '不是数字' },
  ],
  ...patch,
});

describe('import progress', () => {
  it('walks upload → report → run → done', () => {
    let state: ImportState = importReducer(initialImportState, { type: 'upload' });
    expect(state.step).toBe('uploading');
    state = importReducer(state, { type: 'validated', job: job() });
    expect(state.step).toBe('validated');
    state = importReducer(state, { type: 'run', mode: 'valid' });
    expect(state).toMatchObject({ step: 'running', mode: 'valid' });
    state = importReducer(state, { type: 'progress', job: job({ status: 'running', processedRows: 5 }) });
    expect(importPercent(state)).toBe(50);
    state = importReducer(state, {
      type: 'progress',
      job: job({ status: 'done', processedRows: 8, result: { created: 8 } }),
    });
    expect(state).toMatchObject({ step: 'done', job: { result: { created: 8 } } });
    expect(importPercent(state)).toBe(100);
  });

  it('counts progress against every row, skipped ones included', () => {
    const running = importReducer(
      importReducer(initialImportState, { type: 'validated', job: job({ errors: [], errorCount: 0 }) }),
      {
        type: 'run',
        mode: 'all',
      },
    );
    const state = importReducer(running, { type: 'progress', job: job({ status: 'running', processedRows: 10 }) });
    // Never shows 100 % before the server says done.
    expect(importPercent(state)).toBe(99);
    expect(
      importPercent(importReducer(running, { type: 'progress', job: job({ status: 'running', processedRows: 3 }) })),
    ).toBe(30);
  });

  it('reports a failed job and a refused upload', () => {
    const running = importReducer({ step: 'validated', job: job() }, { type: 'run', mode: 'valid' });
    expect(importReducer(running, { type: 'progress', job: job({ status: 'failed' }) }).step).toBe('failed');
    expect(importReducer({ step: 'uploading' }, { type: 'uploadFailed', message: 'too big' })).toEqual({
      step: 'failed',
      message: 'too big',
    });
  });

  it('goes back to the report when the run is refused', () => {
    const running = importReducer({ step: 'validated', job: job() }, { type: 'run', mode: 'all' });
    expect(importReducer(running, { type: 'runFailed', message: 'x' })).toMatchObject({ step: 'validated' });
  });

  it('ignores polls of another job or after a reset', () => {
    const running = importReducer({ step: 'validated', job: job() }, { type: 'run', mode: 'valid' });
    expect(importReducer(running, { type: 'progress', job: job({ id: 2, status: 'done' }) })).toBe(running);
    const reset = importReducer(running, { type: 'reset' });
    expect(importReducer(reset, { type: 'progress', job: job({ status: 'done' }) })).toEqual({ step: 'pick' });
    expect(importReducer(reset, { type: 'run', mode: 'all' })).toEqual({ step: 'pick' });
  });

  it('allows 全部导入 only without errors and 仅导入有效行 with a valid row', () => {
    expect(canImportAll(job())).toBe(false);
    expect(canImportAll(job({ errors: [], errorCount: 0, validRows: 10 }))).toBe(true);
    expect(canImportAll(job({ errors: [], errorCount: 0, totalRows: 0, validRows: 0 }))).toBe(false);
    expect(canImportValid(job())).toBe(true);
    expect(canImportValid(job({ validRows: 0 }))).toBe(false);
  });

  it('filters the error report by column and text', () => {
    const errors = job().errors;
    expect(errorColumns(errors)).toEqual(['商品名称', '批发价']);
    expect(filterRowErrors(errors, '批发价')).toEqual([errors[1]]);
    expect(filterRowErrors(errors, undefined, '必填')).toEqual([errors[0]]);
    expect(filterRowErrors(errors, undefined, '7')).toEqual([errors[1]]);
    expect(filterRowErrors(errors)).toEqual(errors);
  });
});
