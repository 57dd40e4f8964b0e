import type { OrderStatus } from './order-types.ts';

/** The buyer's tabs of 我的订单 and the statuses each holds (待审核 covers every review step). */
export const orderTabs = [
  { key: 'all', statuses: [] },
  { key: 'review', statuses: ['pending_review', 'finance_review', 'warehouse_review'] },
  { key: 'shipping', statuses: ['awaiting_shipment'] },
  { key: 'shipped', statuses: ['partially_shipped', 'shipped'] },
  { key: 'completed', statuses: ['completed'] },
  { key: 'cancelled', statuses: ['cancelled'] },
] as const satisfies readonly { key: string; statuses: readonly OrderStatus[] }[];

export type OrderTabKey = (typeof orderTabs)[number]['key'];

export const isOrderTab = (value: unknown): value is OrderTabKey => orderTabs.some((tab) => tab.key === value);

export const statusesOf = (key: OrderTabKey): readonly OrderStatus[] =>
  orderTabs.find((tab) => tab.key === key)?.statuses ?? [];

/** How many orders a tab holds, from the per-status counts (all: every status). */
export function tabCount(key: OrderTabKey, counts: Record<string, number>): number {
  const statuses = statusesOf(key);
  const wanted = statuses.length ? statuses : Object.keys(counts);
  return wanted.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
}

/**
 * One page of a tab that holds several statuses, from one page of each (the list filters by one
 * status): newest first, the total summed.
 */
export function mergePages<T extends { createdAt: string; id: number }>(
  pages: { items: T[]; total: number }[],
): { items: T[]; total: number } {
  const items = pages
    .flatMap((page) => page.items)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  return { items, total: pages.reduce((sum, page) => sum + page.total, 0) };
}
