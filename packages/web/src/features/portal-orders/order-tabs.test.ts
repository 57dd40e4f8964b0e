import { describe, expect, it } from 'vitest';
import { isOrderTab, mergePages, statusesOf, tabCount } from './order-tabs.ts';

describe('order tabs', () => {
  it('puts every review step under 待审核 and partial shipments under 已发货', () => {
    expect(statusesOf('review')).toEqual(['pending_review', 'finance_review', 'warehouse_review']);
    expect(statusesOf('shipped')).toEqual(['partially_shipped', 'shipped']);
    expect(statusesOf('all')).toEqual([]);
  });

  it('counts a tab from the per-status counts', () => {
    const counts = { pending_review: 2, finance_review: 1, shipped: 3, completed: 4 };
    expect(tabCount('review', counts)).toBe(3);
    expect(tabCount('shipped', counts)).toBe(3);
    expect(tabCount('all', counts)).toBe(10);
    expect(tabCount('cancelled', counts)).toBe(0);
  });

  it('knows its tab keys', () => {
    expect(isOrderTab('review')).toBe(true);
    expect(isOrderTab('nope')).toBe(false);
  });

  it('merges pages of several statuses newest first', () => {
    const merged = mergePages([
      { items: [{ id: 1, createdAt: '2026-05-01T01:00:00Z' }], total: 1 },
      {
        items: [
          { id: 3, createdAt: '2026-05-03T01:00:00Z' },
          { id: 2, createdAt: '2026-05-02T01:00:00Z' },
        ],
        total: 5,
      },
    ]);
    expect(merged.items.map((o) => o.id)).toEqual([3, 2, 1]);
    expect(merged.total).toBe(6);
  });
});
