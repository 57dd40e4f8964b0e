import type { MyOrder, MyOrderEvent, OrderSettings, OrderStatus } from './order-types.ts';

/** The stages a buyer follows, in order; 部分发货 shows as the 已发货 stage still in progress. */
export const stages = [
  'pending_review',
  'finance_review',
  'warehouse_review',
  'awaiting_shipment',
  'shipped',
  'completed',
] as const;
export type Stage = (typeof stages)[number];

export interface StageStep {
  stage: Stage;
  /** When the order reached the stage (its timeline says so), ISO. */
  reachedAt?: string;
}

export interface OrderProgress {
  steps: StageStep[];
  /** Index into steps of the stage the order is at (or was at when cancelled). */
  current: number;
  state: 'process' | 'finish' | 'error';
  /** When a cancelled order was cancelled, ISO. */
  cancelledAt?: string;
}

const stageOf = (status: OrderStatus): Stage | undefined =>
  status === 'partially_shipped' ? 'shipped' : status === 'cancelled' ? undefined : status;

/**
 * The stage bar of an order: the review steps the supplier has switched on (and any the order went
 * through anyway), when each was reached, and where the order is; a cancelled order stops, in
 * error, at the stage it was cancelled in.
 */
export function orderProgress(
  order: Pick<MyOrder, 'status' | 'events' | 'createdAt'>,
  settings?: Pick<OrderSettings, 'financeReview' | 'warehouseReview'>,
): OrderProgress {
  const reached = new Map<Stage, string>([['pending_review', order.createdAt]]);
  for (const event of order.events) {
    const stage = event.toStatus ? stageOf(event.toStatus) : undefined;
    if (stage && !reached.has(stage)) reached.set(stage, event.createdAt);
  }
  const cancel = order.status === 'cancelled' ? order.events.findLast((e) => e.toStatus === 'cancelled') : undefined;
  const at: Stage =
    stageOf(order.status) ?? (cancel?.fromStatus ? stageOf(cancel.fromStatus) : undefined) ?? 'pending_review';
  const switchedOn = (stage: Stage) =>
    stage === 'finance_review'
      ? (settings?.financeReview ?? false)
      : stage === 'warehouse_review'
        ? (settings?.warehouseReview ?? false)
        : true;
  const shown = stages.filter((stage) => reached.has(stage) || stage === at || switchedOn(stage));
  const current = shown.indexOf(at);
  return {
    steps: shown.map((stage) => ({ stage, reachedAt: reached.get(stage) })),
    current,
    state: order.status === 'cancelled' ? 'error' : order.status === 'completed' ? 'finish' : 'process',
    cancelledAt: cancel?.createdAt,
  };
}

export type ActorSide = 'me' | 'supplier' | 'system';

/** Who did it, from the buyer's side: 我方 (a user of the buyer's company), 供应商 staff, or 系统. */
export const actorSide = (event: Pick<MyOrderEvent, 'actorKind'>): ActorSide =>
  event.actorKind === 'customer' ? 'me' : event.actorKind === 'staff' ? 'supplier' : 'system';

/** The i18n key (under portalOrders.events) that says what an event did. */
export function eventKey(event: Pick<MyOrderEvent, 'kind' | 'fromStatus' | 'toStatus'>): string {
  switch (event.kind) {
    case 'placed':
    case 'completed':
    case 'cancelled':
    case 'edited':
    case 'return_requested':
    case 'return_approved':
    case 'return_received':
    case 'return_rejected':
    case 'return_cancelled':
    case 'paid':
    case 'payment_rejected':
    case 'refunded':
      return event.kind;
    case 'approved':
      return event.fromStatus === 'finance_review' || event.fromStatus === 'warehouse_review'
        ? `approved_${event.fromStatus}`
        : 'approved_pending_review';
    case 'shipped':
      return event.toStatus === 'partially_shipped' ? 'partially_shipped' : 'shipped';
    default:
      return event.toStatus ? 'statusTo' : 'other';
  }
}
