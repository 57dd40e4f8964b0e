import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';

type Ok<P extends keyof paths, M extends 'get' | 'post' | 'put', S extends number = 200> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

export type StatementPreview = Ok<'/api/reconciliation/preview', 'post'>;
export type ReconciliationSource = Ok<'/api/reconciliation/sources', 'get'>['items'][number];
export type ReconciliationRun = Ok<'/api/reconciliation/runs', 'get'>['items'][number];
export type ReconciliationRunDetail = Ok<'/api/reconciliation/runs/{id}', 'get'>;
export type ReconciliationItem = ReconciliationRunDetail['items'][number];
export type ReconciliationKind = ReconciliationRun['kind'];
export type ReconciliationResult = ReconciliationItem['result'];
export type ColumnMapping = StatementPreview['mapping'];

export const reconciliationKey = ['reconciliation'] as const;

/** Runs newest first, a page at a time. */
export function useRuns(page: number, pageSize: number, enabled: boolean) {
  return useQuery({
    queryKey: [...reconciliationKey, 'runs', page, pageSize],
    queryFn: () => unwrap(api.GET('/api/reconciliation/runs', { params: { query: { page, pageSize } } })),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** A run with one page of its items of one result. */
export function useRun(id: number, query: { result: ReconciliationResult; page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...reconciliationKey, 'run', id, query],
    queryFn: () => unwrap(api.GET('/api/reconciliation/runs/{id}', { params: { path: { id }, query } })),
    enabled: Number.isSafeInteger(id) && id > 0,
    placeholderData: keepPreviousData,
  });
}

export function useSources(enabled: boolean) {
  return useQuery({
    queryKey: [...reconciliationKey, 'sources'],
    queryFn: () => unwrap(api.GET('/api/reconciliation/sources')),
    enabled,
    select: (data) => data.items,
  });
}

/**
 * POSTs a statement file with text fields as multipart/form-data (fields first, then `file`),
 * throwing ApiError like `unwrap` (openapi-fetch has no typed multipart bodies).
 */
export async function postStatement<T>(
  url: string,
  file: File,
  fields: Record<string, string | undefined>,
): Promise<T> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined && value !== '') body.append(name, value);
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await globalThis.fetch(url, { method: 'POST', body, credentials: 'same-origin' });
  } catch (cause) {
    throw Object.assign(new ApiError(0, { message: String(cause) }), { cause });
  }
  const json = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(response.status, json?.error);
  return json as T;
}

export const previewStatement = (file: File, fields: { source?: string; kind?: ReconciliationKind }) =>
  postStatement<StatementPreview>('/api/reconciliation/preview', file, fields);

export const createRun = (
  file: File,
  fields: { source: string; kind: ReconciliationKind; mapping: ColumnMapping; periodFrom?: string; periodTo?: string },
) =>
  postStatement<ReconciliationRun>('/api/reconciliation/runs', file, {
    ...fields,
    mapping: JSON.stringify(fields.mapping),
  });

export const confirmRun = (id: number) =>
  unwrap(api.POST('/api/reconciliation/runs/{id}/confirm', { params: { path: { id } } }));
