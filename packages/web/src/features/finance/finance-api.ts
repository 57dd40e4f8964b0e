import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';
import { uploadFile } from '../imports/upload-file.ts';
import { ordersKey } from '../orders/use-orders.ts';

type Ok<P extends keyof paths, M extends 'get' | 'post' | 'patch', S extends number = 200> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer B } } };
}
  ? B
  : never;
type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;

export type Payment = Ok<'/api/payments/{id}', 'get'>;
export type PaymentState = Payment['status'];
export type PaymentMethod = Payment['method'];
export type PaymentPurpose = Payment['purpose'];
export type PaymentListQuery = Query<'/api/payments'>;
export type Refund = Ok<'/api/refunds', 'get'>['items'][number];
export type RefundState = Refund['status'];
export type RefundListQuery = Query<'/api/refunds'>;
export type Wallet = Ok<'/api/customers/{id}/wallet', 'get'>;
export type AccountEntry = Wallet['entries'][number];
export type Credit = Ok<'/api/customers/{id}/credit', 'get'>;
export type Receivable = Credit['receivables'][number];
export type AgeingReport = Ok<'/api/receivables/ageing', 'get'>;
export type AgeingRow = AgeingReport['items'][number];
export type Bill = Ok<'/api/orders/{id}/bill', 'get'>;
export type PaymentSettings = Ok<'/api/settings/payments', 'get'>;

/** Every finance query starts with this key, so one invalidation after a money step refreshes them all. */
export const financeKey = ['finance'] as const;

export function usePayments(query: PaymentListQuery, enabled = true) {
  return useQuery({
    queryKey: [...financeKey, 'payments', query],
    queryFn: () => unwrap(api.GET('/api/payments', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePayment(id: number | undefined) {
  return useQuery({
    queryKey: [...financeKey, 'payment', id],
    queryFn: () => unwrap(api.GET('/api/payments/{id}', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
  });
}

/**
 * Every payment matching the query, page by page (the API gives at most 100 at a time), for the
 * workbench's queues and sums, which must not stop at the first page.
 */
export function useAllPayments(
  query: Omit<PaymentListQuery, 'page' | 'pageSize'>,
  enabled = true,
  refetchInterval?: number,
) {
  return useQuery({
    queryKey: [...financeKey, 'payments', 'all', query],
    queryFn: async () => {
      const items: Payment[] = [];
      for (let page = 1; page <= 20; page++) {
        const chunk = await unwrap(api.GET('/api/payments', { params: { query: { ...query, page, pageSize: 100 } } }));
        items.push(...chunk.items);
        if (items.length >= chunk.total || chunk.items.length === 0) break;
      }
      return items;
    },
    enabled,
    refetchInterval,
  });
}

export function useRefunds(query: RefundListQuery, enabled = true, refetchInterval?: number) {
  return useQuery({
    queryKey: [...financeKey, 'refunds', query],
    queryFn: () => unwrap(api.GET('/api/refunds', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
    refetchInterval,
  });
}

export function useAgeing(query: { overdueOnly?: boolean; q?: string }, enabled = true) {
  return useQuery({
    queryKey: [...financeKey, 'ageing', query],
    queryFn: () => unwrap(api.GET('/api/receivables/ageing', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useWallet(customerId: number, page: { page: number; pageSize: number }, enabled = true) {
  return useQuery({
    queryKey: [...financeKey, 'wallet', customerId, page],
    queryFn: () => unwrap(api.GET('/api/customers/{id}/wallet', { params: { path: { id: customerId }, query: page } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCredit(customerId: number, page: { page: number; pageSize: number }, enabled = true) {
  return useQuery({
    queryKey: [...financeKey, 'credit', customerId, page],
    queryFn: () => unwrap(api.GET('/api/customers/{id}/credit', { params: { path: { id: customerId }, query: page } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useBill(orderId: number, enabled = true) {
  return useQuery({
    queryKey: [...financeKey, 'bill', orderId],
    queryFn: () => unwrap(api.GET('/api/orders/{id}/bill', { params: { path: { id: orderId } } })),
    enabled,
  });
}

export function usePaymentSettings(enabled = true) {
  return useQuery({
    queryKey: [...financeKey, 'settings'],
    queryFn: () => unwrap(api.GET('/api/settings/payments')),
    enabled,
  });
}

/** After money moves: every finance list and account, and the orders whose payment status it changes. */
function useSettle() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: financeKey });
    void client.invalidateQueries({ queryKey: ordersKey });
    void client.invalidateQueries({ queryKey: ['workbench'] });
  };
}

/** What finance does with one payment: confirm or reject a transfer, refund part of it, ask the provider. */
export function usePaymentActions() {
  const settle = useSettle();
  return {
    confirm: useMutation({
      mutationFn: ({ id, ...body }: { id: number; providerTradeNo?: string; note?: string }) =>
        unwrap(api.POST('/api/payments/{id}/confirm', { params: { path: { id } }, body })),
      onSuccess: settle,
    }),
    reject: useMutation({
      mutationFn: ({ id, reason }: { id: number; reason: string }) =>
        unwrap(api.POST('/api/payments/{id}/reject', { params: { path: { id } }, body: { reason } })),
      onSuccess: settle,
    }),
    refund: useMutation({
      mutationFn: ({ id, ...body }: { id: number; amount: number; reason: string }) =>
        unwrap(api.POST('/api/payments/{id}/refunds', { params: { path: { id } }, body })),
      onSuccess: settle,
    }),
    sync: useMutation({
      mutationFn: (id: number) => unwrap(api.POST('/api/payments/{id}/sync', { params: { path: { id } } })),
      onSuccess: settle,
    }),
    attach: useMutation({
      mutationFn: ({ id, file }: { id: number; file: File }) =>
        uploadFile<Payment>(`/api/payments/${id}/vouchers`, file),
      onSuccess: settle,
    }),
  };
}

/** Finishing a pending or failed refund: sent by transfer, into the wallet, or to the provider again. */
export function useRefundActions() {
  const settle = useSettle();
  return {
    complete: useMutation({
      mutationFn: ({ id, ...body }: { id: number; toWallet?: boolean; note?: string }) =>
        unwrap(api.POST('/api/refunds/{id}/complete', { params: { path: { id } }, body })),
      onSuccess: settle,
    }),
    retry: useMutation({
      mutationFn: (id: number) => unwrap(api.POST('/api/refunds/{id}/retry', { params: { path: { id } } })),
      onSuccess: settle,
    }),
  };
}

export interface ReceivedMoney {
  amount: number;
  note?: string;
  payerName?: string;
  providerTradeNo?: string;
  /** Bank slips to keep with it, attached once the payment is recorded. */
  vouchers?: File[];
}

/** The payment as recorded, and how many of its vouchers did not upload (it stands without them). */
export interface Recorded {
  payment: Payment;
  failedVouchers: number;
}

/** Attaches each voucher to the payment in turn; one that fails does not stop the others. */
export async function attachVouchers(paymentId: number, files: readonly File[]): Promise<number> {
  let failed = 0;
  for (const file of files) {
    await uploadFile(`/api/payments/${paymentId}/vouchers`, file).catch(() => {
      failed += 1;
    });
  }
  return failed;
}

async function recordWithVouchers(record: Promise<Payment>, vouchers: readonly File[] | undefined): Promise<Recorded> {
  const payment = await record;
  return { payment, failedVouchers: vouchers?.length ? await attachVouchers(payment.id, vouchers) : 0 };
}

/** Money finance records on a customer's accounts: a top-up, a repayment, a signed correction. */
export function useAccountActions(customerId: number) {
  const settle = useSettle();
  const path = { params: { path: { id: customerId } } };
  return {
    topUp: useMutation({
      mutationFn: ({ vouchers, ...body }: ReceivedMoney) =>
        recordWithVouchers(unwrap(api.POST('/api/customers/{id}/wallet/top-ups', { ...path, body })), vouchers),
      onSuccess: settle,
    }),
    repay: useMutation({
      mutationFn: ({ vouchers, ...body }: ReceivedMoney) =>
        recordWithVouchers(unwrap(api.POST('/api/customers/{id}/credit/repayments', { ...path, body })), vouchers),
      onSuccess: settle,
    }),
    adjust: useMutation({
      mutationFn: ({ account, ...body }: { account: 'wallet' | 'credit'; amount: number; note: string }) =>
        unwrap(
          api.POST('/api/customers/{id}/accounts/{account}/adjustments', {
            params: { path: { id: customerId, account } },
            body,
          }),
        ),
      onSuccess: settle,
    }),
  };
}

/**
 * 登记收款: finance records a transfer received for an order (confirmed at once). One idempotency key
 * per dialog, so a double click or a retry after a lost answer records it once.
 */
export function useRecordOrderPayment(orderId: number) {
  const settle = useSettle();
  return useMutation({
    mutationFn: ({ idempotencyKey, vouchers, ...body }: ReceivedMoney & { idempotencyKey: string }) =>
      recordWithVouchers(
        unwrap(
          api.POST('/api/orders/{id}/payments', {
            params: { path: { id: orderId }, header: { 'idempotency-key': idempotencyKey } },
            body: { method: 'offline', ...body },
          }),
        ),
        vouchers,
      ),
    onSuccess: settle,
  });
}

export function useSavePaymentSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<PaymentSettings>) => unwrap(api.PATCH('/api/settings/payments', { body })),
    onSuccess: (settings) => client.setQueryData([...financeKey, 'settings'], settings),
  });
}
