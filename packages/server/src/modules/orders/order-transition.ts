import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { OrderStatus } from '../../db/schema/index.ts';
import { AppError, forbidden } from '../../lib/errors.ts';
import { emit } from '../../lib/outbox.ts';
import { queryRows } from '../../lib/sql.ts';
import {
  actionNames,
  type Caller,
  type OrderAction,
  permissionFor,
  type ReviewSteps,
  ruleFor,
  statusNames,
  type TransitionRule,
  targetOf,
  transitions,
} from './order-lifecycle.ts';
import { defaultOrderSettings, getOrderSettings } from './order-settings.service.ts';

/** Who takes a step: a signed-in user of either side, or the system (scheduled jobs). */
export interface OrderActor extends Caller {
  id: number | null;
  name: string | null;
}

export const systemActor: OrderActor = { id: null, name: '系统', kind: 'staff', permissions: [] };
const isSystem = (actor: OrderActor) => actor === systemActor;

export interface TimelineEntry {
  kind: string;
  fromStatus?: OrderStatus | null;
  toStatus?: OrderStatus | null;
  note?: string;
  details?: Record<string, unknown>;
}

/** Appends one event to the order's timeline. */
export async function recordEvent(tx: DbOrTx, orderId: number, actor: OrderActor, entry: TimelineEntry): Promise<void> {
  await tx.execute(sql`
    INSERT INTO order_events (order_id, kind, from_status, to_status, actor_id, actor_name, actor_kind, note, details)
    VALUES (${orderId}, ${entry.kind}, ${entry.fromStatus ?? null}, ${entry.toStatus ?? null}, ${actor.id}, ${actor.name},
            ${isSystem(actor) ? 'system' : actor.kind}, ${entry.note ?? ''},
            ${entry.details ? JSON.stringify(entry.details) : null}::jsonb)`);
}

const eventKind: Record<OrderAction, string> = {
  approve: 'approved',
  ship: 'shipped',
  complete: 'completed',
  cancel: 'cancelled',
};

/**
 * The table's rule for taking `action` on the order now, or throws: FORBIDDEN when the actor's side
 * never takes that step or lacks the permission, INVALID_STATE (409) when the table has no such step
 * from the order's status. Commands call it before validating their input, so a wrong state is
 * reported as such.
 */
export function checkTransition(
  order: { status: OrderStatus },
  action: OrderAction,
  actor: OrderActor,
): TransitionRule {
  // A step the caller's side never takes (a buyer approving) is forbidden whatever the status.
  if (!isSystem(actor) && !transitions.some((t) => t.action === action && permissionFor(t, actor))) {
    throw forbidden(actor.kind === 'customer' ? '仅限员工 / Staff only' : '员工不能执行此操作 / Not a step staff take');
  }
  const rule = ruleFor(action, order.status);
  if (!rule) {
    throw new AppError(
      'INVALID_STATE',
      `订单当前为「${statusNames[order.status]}」，不能${actionNames[action]} / An order that is ${order.status} cannot be ${eventKind[action]}`,
      {
        status: order.status,
        action,
      },
    );
  }
  if (!isSystem(actor)) {
    const permission = permissionFor(rule, actor);
    if (!permission) {
      throw new AppError(
        'INVALID_STATE',
        `订单当前为「${statusNames[order.status]}」，您已不能${actionNames[action]} / An order that is ${order.status} can no longer be ${eventKind[action]} by you`,
        {
          status: order.status,
          action,
        },
      );
    }
    if (!actor.permissions.includes(permission))
      throw forbidden(`缺少权限 ${permission} / Permission ${permission} required`);
  }
  return rule;
}

/**
 * Moves an order along one row of the transition table, or throws: INVALID_STATE (409) when the
 * table has no such step from the order's status, FORBIDDEN when the actor lacks the permission.
 * The UPDATE is conditional on the status read, so of two concurrent steps only one wins (the other
 * gets INVALID_STATE). Writes the timeline event and an `order.status_changed` outbox event.
 */
export async function transition(
  tx: DbOrTx,
  order: { id: number; number: string; customerId: number; status: OrderStatus },
  action: OrderAction,
  actor: OrderActor,
  options: {
    /** The review steps switched on; read from settings when an approval needs them. */
    steps?: ReviewSteps;
    fullyShipped?: boolean;
    note?: string;
    details?: Record<string, unknown>;
    set?: ReturnType<typeof sql>;
  },
): Promise<OrderStatus> {
  const rule = checkTransition(order, action, actor);
  // Only an approval's target depends on which review steps are on.
  const steps = options.steps ?? (action === 'approve' ? await getOrderSettings(tx) : defaultOrderSettings);
  const to = targetOf(rule, { steps, fullyShipped: options.fullyShipped ?? false });
  const updated = await queryRows<{ id: number }>(
    tx,
    sql`UPDATE orders SET status = ${to}, updated_at = now() ${options.set ? sql`, ${options.set}` : sql``}
         WHERE id = ${order.id} AND status = ${order.status} RETURNING id::int AS id`,
  );
  if (!updated.length) {
    throw new AppError('INVALID_STATE', '订单已被他人更改，请刷新 / The order changed meanwhile; reload it', {
      action,
    });
  }
  await recordEvent(tx, order.id, actor, {
    kind: eventKind[action],
    fromStatus: order.status,
    toStatus: to,
    note: options.note,
    details: options.details,
  });
  await emit(tx, {
    topic: 'order.status_changed',
    customerId: order.customerId,
    payload: {
      orderId: order.id,
      number: order.number,
      from: order.status,
      to,
      action,
      by: isSystem(actor) ? 'system' : actor.kind,
    },
  });
  return to;
}
