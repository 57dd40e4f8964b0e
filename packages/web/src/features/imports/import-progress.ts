/** What the import dialog knows about a job, and how each server answer moves it on. */
import type { ImportJob } from '../../api/types.ts';

export type { ImportJob };

export type ImportKind = ImportJob['kind'];
export type ImportMode = 'all' | 'valid';
export type ImportRowError = ImportJob['errors'][number];

export type ImportState =
  | { step: 'pick' }
  | { step: 'uploading' }
  | { step: 'validated'; job: ImportJob }
  | { step: 'running'; job: ImportJob; mode: ImportMode }
  | { step: 'done'; job: ImportJob; mode: ImportMode }
  | { step: 'failed'; job?: ImportJob; message?: string };

export type ImportAction =
  | { type: 'upload' }
  | { type: 'uploadFailed'; message: string }
  | { type: 'validated'; job: ImportJob }
  | { type: 'run'; mode: ImportMode }
  | { type: 'runFailed'; message: string }
  | { type: 'progress'; job: ImportJob }
  | { type: 'reset' };

export const initialImportState: ImportState = { step: 'pick' };

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case 'reset':
      return initialImportState;
    case 'upload':
      return { step: 'uploading' };
    case 'uploadFailed':
      return { step: 'failed', message: action.message };
    case 'validated':
      return { step: 'validated', job: action.job };
    case 'run':
      return state.step === 'validated' ? { step: 'running', job: state.job, mode: action.mode } : state;
    case 'runFailed':
      // The run was refused (e.g. errors and mode 'all'): back to the report, which still holds.
      return state.step === 'running' ? { step: 'validated', job: state.job } : state;
    case 'progress': {
      // Late polls of a job the dialog has moved past (reset, another upload) are ignored.
      if (state.step !== 'running' || state.job.id !== action.job.id) return state;
      if (action.job.status === 'done') return { step: 'done', job: action.job, mode: state.mode };
      if (action.job.status === 'failed') return { step: 'failed', job: action.job };
      return { ...state, job: action.job };
    }
  }
}

/** Progress 0–100 of a running or finished import (the server counts written and skipped rows alike). */
export function importPercent(state: ImportState): number {
  if (state.step === 'done') return 100;
  if (state.step !== 'running' || state.job.totalRows === 0) return 0;
  return Math.min(99, Math.floor((state.job.processedRows / state.job.totalRows) * 100));
}

/** 全部导入 needs every row valid; 仅导入有效行 needs at least one. */
export const canImportAll = (job: ImportJob): boolean => job.totalRows > 0 && job.errorCount === 0;
export const canImportValid = (job: ImportJob): boolean => job.validRows > 0;

/** Errors narrowed to one column and/or a text in the message, row order kept. */
export function filterRowErrors(errors: readonly ImportRowError[], column?: string, text?: string): ImportRowError[] {
  const needle = text?.trim().toLowerCase();
  return errors.filter(
    (error) =>
      (!column || error.column === column) &&
      (!needle || error.message.toLowerCase().includes(needle) || String(error.row) === needle),
  );
}

/** Distinct column names in the report, for the filter. */
export const errorColumns = (errors: readonly ImportRowError[]): string[] => [
  ...new Set(errors.map((error) => error.column)),
];
