import { yuanToFen } from '../../lib/money.ts';
import { isOrderStatus } from './order-status.ts';
import type { OrderListQuery, OrderStatus } from './order-types.ts';

/** What the order queue filters by, as a person types it: amounts in yuan, days as YYYY-MM-DD. */
export interface OrderFilters {
  status?: OrderStatus;
  q?: string;
  customerId?: number;
  salespersonId?: number;
  from?: string;
  to?: string;
  minYuan?: number;
  maxYuan?: number;
  page: number;
  pageSize: number;
}

export const defaultPageSize = 20;
const day = /^\d{4}-\d{2}-\d{2}$/;

const positiveInt = (value: string | null): number | undefined => {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
};
const amount = (value: string | null): number | undefined => {
  const n = Number(value);
  return value && Number.isFinite(n) && n >= 0 ? n : undefined;
};
const date = (value: string | null): string | undefined => (value && day.test(value) ? value : undefined);

/** The filters kept in the queue's URL (so the back button from a detail returns to the same list). */
export function filtersFromParams(params: URLSearchParams): OrderFilters {
  const status = params.get('status');
  const q = params.get('q')?.trim();
  return {
    status: isOrderStatus(status) ? status : undefined,
    q: q || undefined,
    customerId: positiveInt(params.get('customerId')),
    salespersonId: positiveInt(params.get('salespersonId')),
    from: date(params.get('from')),
    to: date(params.get('to')),
    minYuan: amount(params.get('min')),
    maxYuan: amount(params.get('max')),
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: positiveInt(params.get('pageSize')) ?? defaultPageSize,
  };
}

export function filtersToParams(filters: OrderFilters): URLSearchParams {
  const entries: [string, string | number | undefined][] = [
    ['status', filters.status],
    ['q', filters.q],
    ['customerId', filters.customerId],
    ['salespersonId', filters.salespersonId],
    ['from', filters.from],
    ['to', filters.to],
    ['min', filters.minYuan],
    ['max', filters.maxYuan],
    ['page', filters.page === 1 ? undefined : filters.page],
    ['pageSize', filters.pageSize === defaultPageSize ? undefined : filters.pageSize],
  ];
  return new URLSearchParams(
    entries
      .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
}

/** Filters other than status and paging are "set" (the reset link shows). */
export const hasFilters = (f: OrderFilters): boolean =>
  [f.q, f.customerId, f.salespersonId, f.from, f.to, f.minYuan, f.maxYuan].some((v) => v !== undefined);

/** The filters as the status-count query sends them: amounts in fen, a reversed range put right. */
export function orderCountsQuery(filters: OrderFilters): Omit<OrderListQuery, 'status' | 'page' | 'pageSize'> {
  let min = filters.minYuan === undefined ? undefined : yuanToFen(filters.minYuan);
  let max = filters.maxYuan === undefined ? undefined : yuanToFen(filters.maxYuan);
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
  let { from, to } = filters;
  if (from && to && from > to) [from, to] = [to, from];
  const query: Omit<OrderListQuery, 'status' | 'page' | 'pageSize'> = {
    q: filters.q,
    customerId: filters.customerId,
    salespersonId: filters.salespersonId,
    from,
    to,
    minAmount: min,
    maxAmount: max,
  };
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
}

/** The list query: the count query plus status and paging. */
export function orderListQuery(filters: OrderFilters): OrderListQuery {
  return {
    ...orderCountsQuery(filters),
    ...(filters.status ? { status: filters.status } : {}),
    page: filters.page,
    pageSize: filters.pageSize,
  };
}

/** GET /api/orders/export.xlsx with the queue's filters and status (no paging): a plain link, the cookie signs it. */
export function exportHref(filters: OrderFilters): string {
  const { page: _page, pageSize: _size, ...query } = orderListQuery(filters);
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  return `/api/orders/export.xlsx${search ? `?${search}` : ''}`;
}
