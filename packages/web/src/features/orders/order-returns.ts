import { yuanToFen } from '../../lib/money.ts';
import { mayReturnFrom, type ReturnStatus } from '../returns/returns.ts';
import type { OrderView } from './order-types.ts';

/** Console labels of the return statuses. */
export const returnStatusKey = (status: ReturnStatus) => `returns.statuses.${status}` as const;

/** 申请退货 for staff: goods have shipped and the user may edit orders (allowedActions does not cover returns). */
export const canRequestReturn = (order: Pick<OrderView, 'status'>, permissions: readonly string[]): boolean =>
  mayReturnFrom(order.status) && permissions.includes('orders:edit');

/**
 * The approve body: the refund typed in yuan as fen only when it differs from the amount the
 * return computed (so an untouched refund stays the server's), and the note when there is one.
 */
export function approveReturnBody(
  refundYuan: number | null | undefined,
  computed: number,
  note?: string,
): { refundAmount?: number; note?: string } {
  const refund = refundYuan === null || refundYuan === undefined ? undefined : yuanToFen(refundYuan);
  return {
    ...(refund !== undefined && refund !== computed ? { refundAmount: refund } : {}),
    ...(note?.trim() ? { note: note.trim() } : {}),
  };
}
