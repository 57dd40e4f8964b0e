import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';

type Ok<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

export type Statement = Ok<'/api/customers/{id}/statements/{month}', 'get'>;
export type StatementLine = Statement['lines'][number];
export type StatementLineKind = StatementLine['kind'];
export type StatementAnswer = NonNullable<Statement['response']>;
export type StatementMonth = Ok<'/api/customers/{id}/statements', 'get'>['items'][number];
export type OverviewQuery = NonNullable<paths['/api/statements']['get']['parameters']['query']>;
export type OverviewStatus = NonNullable<OverviewQuery['status']>;
export type OverviewRow = Ok<'/api/statements', 'get'>['items'][number];

/** The movements in the order the totals and the PDF list them. */
export const lineKinds: readonly StatementLineKind[] = ['order', 'cancel', 'return', 'payment', 'refund', 'adjustment'];
export const overviewStatuses: readonly OverviewStatus[] = ['unanswered', 'confirmed', 'disputed'];

/** Every statement query starts with this key, so an answer or a reply refreshes lists and overview too. */
export const statementsKey = ['statements'] as const;
const statementKey = (customerId: number, month: string) => [...statementsKey, 'detail', customerId, month] as const;

const validId = (id: number | undefined): id is number => Number.isInteger(id) && (id ?? 0) > 0;

/** The customer's last 12 months, newest first. */
export function useStatementMonths(customerId: number | undefined) {
  return useQuery({
    queryKey: [...statementsKey, 'months', customerId],
    queryFn: () =>
      unwrap(api.GET('/api/customers/{id}/statements', { params: { path: { id: customerId as number } } })),
    enabled: validId(customerId),
  });
}

export function useStatement(customerId: number | undefined, month: string) {
  return useQuery({
    queryKey: statementKey(customerId ?? 0, month),
    queryFn: () =>
      unwrap(
        api.GET('/api/customers/{id}/statements/{month}', {
          params: { path: { id: customerId as number, month } },
        }),
      ),
    enabled: validId(customerId),
    placeholderData: keepPreviousData,
  });
}

export function useStatementsOverview(query: OverviewQuery, enabled: boolean) {
  return useQuery({
    queryKey: [...statementsKey, 'overview', query],
    queryFn: () => unwrap(api.GET('/api/statements', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * The customer's confirm and dispute and finance's reply. Each answers with the statement as it now
 * is: that replaces the cached one, and the month lists and the overview are refetched.
 */
export function useStatementActions(customerId: number, month: string) {
  const client = useQueryClient();
  const settle = (statement: Statement) => {
    client.setQueryData(statementKey(customerId, month), statement);
    void client.invalidateQueries({ queryKey: statementsKey, predicate: (q) => q.queryKey[1] !== 'detail' });
  };
  const path = { params: { path: { id: customerId, month } } };
  return {
    confirm: useMutation({
      mutationFn: (comment?: string) =>
        unwrap(api.POST('/api/customers/{id}/statements/{month}/confirm', { ...path, body: { comment } })),
      onSuccess: settle,
    }),
    dispute: useMutation({
      mutationFn: (comment: string) =>
        unwrap(api.POST('/api/customers/{id}/statements/{month}/dispute', { ...path, body: { comment } })),
      onSuccess: settle,
    }),
    reply: useMutation({
      mutationFn: (reply: string) =>
        unwrap(api.POST('/api/customers/{id}/statements/{month}/reply', { ...path, body: { reply } })),
      onSuccess: settle,
    }),
  };
}

/** The PDF (opens inline) and the Excel file; plain links, the session cookie goes with them. */
export const statementPdfHref = (customerId: number, month: string) =>
  `/api/customers/${customerId}/statements/${month}/pdf`;
export const statementXlsxHref = (customerId: number, month: string) =>
  `/api/customers/${customerId}/statements/${month}/xlsx`;
