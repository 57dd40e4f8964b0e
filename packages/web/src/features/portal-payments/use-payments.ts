import { type QueryClient, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { uploadFile } from '../imports/upload-file.ts';
import { myOrdersKey } from '../portal-orders/use-my-orders.ts';
import { pendingTransfersByOrder } from './pay-amount.ts';
import { createPayAttempts } from './pay-attempts.ts';
import type { AccountMoneyBody, BillList, Payment, PayOrderBody } from './payment-types.ts';

export const portalMoneyKey = ['portal', 'money'] as const;
/** Under portalMoneyKey, so a live payment event (features/live) refetches a payment being watched at once. */
const paymentKey = (id: number) => [...portalMoneyKey, 'payment', id] as const;
const pageSize = 20;

/** After money moved: every bill, balance and order of the buyer is asked again. */
export function refreshMoney(client: QueryClient) {
  void client.invalidateQueries({ queryKey: portalMoneyKey });
  void client.invalidateQueries({ queryKey: myOrdersKey });
}

/** What the buyer can pay with: methods, wallet balance, available credit, the bank account for transfers. */
export function usePaymentOptions(enabled = true) {
  return useQuery({
    queryKey: [...portalMoneyKey, 'options'],
    queryFn: () => unwrap(api.GET('/api/payment-options')),
    enabled,
  });
}

export function useBill(orderId: number, enabled = true) {
  return useQuery({
    queryKey: [...portalMoneyKey, 'bill', orderId],
    queryFn: () => unwrap(api.GET('/api/orders/{id}/bill', { params: { path: { id: orderId } } })),
    enabled: enabled && orderId > 0,
  });
}

export type BillTab = 'due' | 'all';

/** 我的账单 a page at a time: the bills with money due, or all of them; newest first. */
export function useBills(tab: BillTab) {
  return useInfiniteQuery({
    queryKey: [...portalMoneyKey, 'bills', tab],
    queryFn: ({ pageParam }): Promise<BillList> =>
      unwrap(
        api.GET('/api/bills', {
          params: { query: { page: pageParam, pageSize, ...(tab === 'due' ? { due: true } : {}) } },
        }),
      ),
    initialPageParam: 1,
    getNextPageParam: (last, pages) =>
      pages.reduce((count, page) => count + page.items.length, 0) < last.total && last.items.length > 0
        ? pages.length + 1
        : undefined,
  });
}

/** The wallet (预存款): its balance and entries, newest first, a page at a time. */
export function useWallet(customerId: number) {
  return useInfiniteQuery({
    queryKey: [...portalMoneyKey, 'wallet', customerId],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/customers/{id}/wallet', {
          params: { path: { id: customerId }, query: { page: pageParam, pageSize } },
        }),
      ),
    initialPageParam: 1,
    getNextPageParam: (last, pages) =>
      pages.reduce((count, page) => count + page.entries.length, 0) < last.total && last.entries.length > 0
        ? pages.length + 1
        : undefined,
  });
}

/** Credit (账期): limit, what is owed, available, overdue, ageing and the open receivables. */
export function useCredit(customerId: number) {
  return useQuery({
    queryKey: [...portalMoneyKey, 'credit', customerId],
    queryFn: () =>
      unwrap(api.GET('/api/customers/{id}/credit', { params: { path: { id: customerId }, query: { pageSize } } })),
  });
}

/**
 * Transfers waiting for finance, per order (a list of bills carries no payments): a bill they cover
 * shows 待确认 instead of 去付款.
 */
export function usePendingTransfers() {
  return useQuery({
    queryKey: [...portalMoneyKey, 'pending-transfers'],
    queryFn: async () => {
      const { items } = await unwrap(
        api.GET('/api/payments', {
          params: { query: { status: 'pending', method: 'offline', purpose: 'order', pageSize: 100 } },
        }),
      );
      return pendingTransfersByOrder(items);
    },
  });
}

/** Top-ups and repayments the buyer started that are still pending (a QR code not paid, a transfer not confirmed). */
export function usePendingAccountPayments() {
  return useQuery({
    queryKey: [...portalMoneyKey, 'pending-account-payments'],
    queryFn: async () => {
      const { items } = await unwrap(
        api.GET('/api/payments', { params: { query: { status: 'pending', pageSize: 50 } } }),
      );
      return items.filter((payment) => payment.purpose !== 'order');
    },
  });
}

/**
 * Pays an order. One pay sheet keeps its Idempotency-Keys (see createPayAttempts): a retry of the
 * same request pays once.
 */
export function usePayOrder(orderId: number) {
  const client = useQueryClient();
  const attempts = useRef(createPayAttempts());
  return useMutation({
    mutationFn: (body: PayOrderBody) =>
      attempts.current.submit(body, (key) =>
        unwrap(
          api.POST('/api/orders/{id}/payments', {
            params: { path: { id: orderId }, header: { 'idempotency-key': key } },
            body,
          }),
        ),
      ),
    onSuccess: () => refreshMoney(client),
  });
}

/** 充值 or 还款: money into the wallet or off the receivable, paid online or by a reported transfer. */
export function useAccountMoney(customerId: number, purpose: 'top_up' | 'repayment') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AccountMoneyBody) =>
      purpose === 'top_up'
        ? unwrap(api.POST('/api/customers/{id}/wallet/top-ups', { params: { path: { id: customerId } }, body }))
        : unwrap(api.POST('/api/customers/{id}/credit/repayments', { params: { path: { id: customerId } }, body })),
    onSuccess: () => refreshMoney(client),
  });
}

/** Attaches a transfer voucher (image or PDF ≤ 5 MB) to a pending offline payment. */
export function useUploadVoucher() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ paymentId, file }: { paymentId: number; file: File }) =>
      uploadFile<Payment>(`/api/payments/${paymentId}/vouchers`, file),
    onSuccess: (payment) => {
      client.setQueryData(paymentKey(payment.id), payment);
      refreshMoney(client);
    },
  });
}

const POLL_MS = 2000;
/** Every fifth poll asks the provider itself (POST …/sync), in case its notification is late or lost. */
const SYNC_EVERY = 5;

/**
 * A payment as it is now. With `watch` (a QR code waiting to be paid) it is followed until it is no
 * longer pending: GET every 2 s, every ~10 s a sync that asks the provider, and at once on a live
 * payment event; the money queries are refreshed once it settles. Without, it is what the last
 * answer (a voucher upload) said.
 */
export function usePayment(initial: Payment, watch: boolean) {
  const client = useQueryClient();
  const polls = useRef(0);
  const query = useQuery({
    queryKey: paymentKey(initial.id),
    queryFn: () => {
      polls.current += 1;
      const path = { params: { path: { id: initial.id } } };
      return polls.current % SYNC_EVERY === 0
        ? unwrap(api.POST('/api/payments/{id}/sync', path)).catch(() => unwrap(api.GET('/api/payments/{id}', path)))
        : unwrap(api.GET('/api/payments/{id}', path));
    },
    initialData: initial,
    staleTime: watch ? 0 : Number.POSITIVE_INFINITY,
    refetchInterval: (q) => (watch && q.state.data?.status === 'pending' ? POLL_MS : false),
    refetchIntervalInBackground: true,
  });
  // Settled just now: what it paid shows everywhere. Not from the queryFn: refreshing the money
  // refetches this query too, which would cancel the fetch that saw it settle.
  const status = query.data?.status;
  const last = useRef(initial.status);
  useEffect(() => {
    if (!status) return;
    if (last.current === 'pending' && status !== 'pending') refreshMoney(client);
    last.current = status;
  }, [status, client]);
  return query;
}

/** 我已付款: asks the provider now rather than waiting for the next poll. */
export function useSyncPayment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/payments/{id}/sync', { params: { path: { id } } })),
    onSuccess: (payment) => client.setQueryData(paymentKey(payment.id), payment),
  });
}
