import { describe, expect, it } from 'vitest';
import { actorSide, eventKey, orderProgress } from './order-stages.ts';
import type { MyOrderEvent } from './order-types.ts';

const event = (overrides: Partial<MyOrderEvent>): MyOrderEvent => ({
  id: 1,
  kind: 'placed',
  fromStatus: null,
  toStatus: 'pending_review',
  actorName: '采购员小王',
  actorKind: 'customer',
  note: '',
  details: null,
  createdAt: '2026-05-01T02:00:00.000Z',
  ...overrides,
});

const placed = event({});
const approved = event({
  id: 2,
  kind: 'approved',
  fromStatus: 'pending_review',
  toStatus: 'awaiting_shipment',
  actorKind: 'staff',
  createdAt: '2026-05-01T03:00:00.000Z',
});

describe('orderProgress', () => {
  it('shows only the review steps switched on, and where the order is', () => {
    const progress = orderProgress(
      { status: 'awaiting_shipment', createdAt: placed.createdAt, events: [placed, approved] },
      { financeReview: false, warehouseReview: false },
    );
    expect(progress.steps.map((s) => s.stage)).toEqual(['pending_review', 'awaiting_shipment', 'shipped', 'completed']);
    expect(progress.current).toBe(1);
    expect(progress.state).toBe('process');
    expect(progress.steps[1]?.reachedAt).toBe('2026-05-01T03:00:00.000Z');
  });

  it('shows every internal stage when the supplier reviews finance and stock', () => {
    const progress = orderProgress(
      { status: 'finance_review', createdAt: placed.createdAt, events: [placed] },
      { financeReview: true, warehouseReview: true },
    );
    expect(progress.steps.map((s) => s.stage)).toEqual([
      'pending_review',
      'finance_review',
      'warehouse_review',
      'awaiting_shipment',
      'shipped',
      'completed',
    ]);
    expect(progress.current).toBe(1);
  });

  it('keeps a stage the order went through even after the step was switched off', () => {
    const viaFinance = event({ id: 3, kind: 'approved', fromStatus: 'pending_review', toStatus: 'finance_review' });
    const progress = orderProgress(
      { status: 'finance_review', createdAt: placed.createdAt, events: [placed, viaFinance] },
      { financeReview: false, warehouseReview: false },
    );
    expect(progress.steps.map((s) => s.stage)).toContain('finance_review');
  });

  it('counts a partial shipment as the shipped stage in progress, and completion as finished', () => {
    const partial = orderProgress({ status: 'partially_shipped', createdAt: placed.createdAt, events: [placed] });
    expect(partial.steps[partial.current]?.stage).toBe('shipped');
    const done = orderProgress({ status: 'completed', createdAt: placed.createdAt, events: [placed] });
    expect(done.state).toBe('finish');
    expect(done.steps[done.current]?.stage).toBe('completed');
  });

  it('stops a cancelled order in error at the stage it was cancelled in', () => {
    const cancelled = event({ id: 4, kind: 'cancelled', fromStatus: 'pending_review', toStatus: 'cancelled' });
    const progress = orderProgress({ status: 'cancelled', createdAt: placed.createdAt, events: [placed, cancelled] });
    expect(progress.state).toBe('error');
    expect(progress.steps[progress.current]?.stage).toBe('pending_review');
    expect(progress.cancelledAt).toBe(cancelled.createdAt);
  });
});

describe('eventKey', () => {
  it('names each review step passed', () => {
    expect(eventKey(approved)).toBe('approved_pending_review');
    expect(eventKey(event({ kind: 'approved', fromStatus: 'finance_review' }))).toBe('approved_finance_review');
    expect(eventKey(event({ kind: 'approved', fromStatus: 'warehouse_review' }))).toBe('approved_warehouse_review');
  });
  it('tells a partial shipment from a full one', () => {
    expect(eventKey(event({ kind: 'shipped', toStatus: 'partially_shipped' }))).toBe('partially_shipped');
    expect(eventKey(event({ kind: 'shipped', toStatus: 'shipped' }))).toBe('shipped');
  });
  it('names the money steps: paid, a transfer rejected, refunded', () => {
    for (const kind of ['paid', 'payment_rejected', 'refunded']) {
      expect(eventKey(event({ kind, fromStatus: null, toStatus: null }))).toBe(kind);
    }
  });
  it('falls back to the new status, or a plain update, for kinds it does not know', () => {
    expect(eventKey(event({ kind: 'reminded', toStatus: 'completed' }))).toBe('statusTo');
    expect(eventKey(event({ kind: 'note', toStatus: null }))).toBe('other');
  });
});

describe('actorSide', () => {
  it('is 我方 for the buyer’s company, 供应商 for staff, 系统 otherwise', () => {
    expect(actorSide({ actorKind: 'customer' })).toBe('me');
    expect(actorSide({ actorKind: 'staff' })).toBe('supplier');
    expect(actorSide({ actorKind: 'system' })).toBe('system');
  });
});
