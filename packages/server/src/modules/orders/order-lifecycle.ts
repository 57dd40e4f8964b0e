import type { OrderStatus } from '../../db/schema/index.ts';
import type { Permission } from '../auth/permissions.ts';

/**
 * THE order transition table (docs/orders.md). Only `transition()` in order-transition.ts changes an
 * order's status, and only along a row of this table; every change writes a timeline event.
 */

export type OrderAction = 'approve' | 'ship' | 'complete' | 'cancel';

/** Which review steps the supplier has switched on (settings `orders`). */
export interface ReviewSteps {
  financeReview: boolean;
  warehouseReview: boolean;
}

export interface TransitionRule {
  action: OrderAction;
  from: OrderStatus;
  /** The status reached; a function when it depends on settings or on what was shipped. */
  to: OrderStatus | ((ctx: { steps: ReviewSteps; fullyShipped: boolean }) => OrderStatus);
  /** Who may take it, and with which permission. */
  staff: Permission | null;
  customer: Permission | null;
}

/** After `from`, the next review step that is switched on, or awaiting shipment. */
const nextReview =
  (after: 'pending_review' | 'finance_review') =>
  ({ steps }: { steps: ReviewSteps }): OrderStatus => {
    if (after === 'pending_review' && steps.financeReview) return 'finance_review';
    if (steps.warehouseReview) return 'warehouse_review';
    return 'awaiting_shipment';
  };

const shipTo = ({ fullyShipped }: { fullyShipped: boolean }): OrderStatus =>
  fullyShipped ? 'shipped' : 'partially_shipped';

export const transitions: TransitionRule[] = [
  // 订单审核 → 财务审核 → 出库审核, each step by the people whose job it is.
  {
    action: 'approve',
    from: 'pending_review',
    to: nextReview('pending_review'),
    staff: 'orders:approve',
    customer: null,
  },
  {
    action: 'approve',
    from: 'finance_review',
    to: nextReview('finance_review'),
    staff: 'payments:confirm',
    customer: null,
  },
  { action: 'approve', from: 'warehouse_review', to: 'awaiting_shipment', staff: 'orders:ship', customer: null },
  { action: 'ship', from: 'awaiting_shipment', to: shipTo, staff: 'orders:ship', customer: null },
  { action: 'ship', from: 'partially_shipped', to: shipTo, staff: 'orders:ship', customer: null },
  // The buyer confirms receipt; staff may complete for it (and the scheduled job does after N days).
  { action: 'complete', from: 'shipped', to: 'completed', staff: 'orders:ship', customer: 'orders:create' },
  // The buyer cancels only while the order waits for its first review; staff until it ships.
  { action: 'cancel', from: 'pending_review', to: 'cancelled', staff: 'orders:cancel', customer: 'orders:cancel' },
  { action: 'cancel', from: 'finance_review', to: 'cancelled', staff: 'orders:cancel', customer: null },
  { action: 'cancel', from: 'warehouse_review', to: 'cancelled', staff: 'orders:cancel', customer: null },
  { action: 'cancel', from: 'awaiting_shipment', to: 'cancelled', staff: 'orders:cancel', customer: null },
];

/** Status names as both sides read them (Chinese first; the web app has its own i18n labels). */
export const statusNames: Record<OrderStatus, string> = {
  pending_review: '待审核',
  finance_review: '待财务审核',
  warehouse_review: '待出库审核',
  awaiting_shipment: '待发货',
  partially_shipped: '部分发货',
  shipped: '已发货',
  completed: '已完成',
  cancelled: '已取消',
};

export const actionNames: Record<OrderAction, string> = {
  approve: '审核',
  ship: '发货',
  complete: '确认收货',
  cancel: '取消',
};

export const reviewStatuses: OrderStatus[] = ['pending_review', 'finance_review', 'warehouse_review'];
/** Statuses in which an order still holds reserved stock. */
export const openStatuses: OrderStatus[] = [...reviewStatuses, 'awaiting_shipment', 'partially_shipped'];

export interface Caller {
  kind: 'staff' | 'customer';
  permissions: readonly string[];
}

/** The rule for `action` from `from`, or undefined when the table has none. */
export const ruleFor = (action: OrderAction, from: OrderStatus) =>
  transitions.find((t) => t.action === action && t.from === from);

/** The permission the caller needs for the rule; null when its side may not take it at all. */
export const permissionFor = (rule: TransitionRule, caller: Caller): Permission | null =>
  caller.kind === 'staff' ? rule.staff : rule.customer;

/** The actions the caller may take on an order in `status` now (for the UI's buttons). */
export function allowedActions(status: OrderStatus, caller: Caller): OrderAction[] {
  const actions = new Set<OrderAction>();
  for (const rule of transitions) {
    if (rule.from !== status) continue;
    const permission = permissionFor(rule, caller);
    if (permission && caller.permissions.includes(permission)) actions.add(rule.action);
  }
  return [...actions];
}

export const targetOf = (rule: TransitionRule, ctx: { steps: ReviewSteps; fullyShipped: boolean }): OrderStatus =>
  typeof rule.to === 'function' ? rule.to(ctx) : rule.to;
