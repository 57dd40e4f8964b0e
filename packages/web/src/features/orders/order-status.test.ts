import { describe, expect, it } from 'vitest';
import { enUS } from '../../i18n/en-US.ts';
import { zhCN } from '../../i18n/zh-CN.ts';
import { orderStatusColor, orderStatuses, paymentStatuses, reviewPath } from './order-status.ts';

describe('order statuses', () => {
  it('has a label in both languages and a colour for every status', () => {
    for (const status of orderStatuses) {
      expect(zhCN.orders.statuses[status]).toBeTruthy();
      expect(enUS.orders.statuses[status]).toBeTruthy();
      expect(orderStatusColor(status)).toBeTruthy();
    }
    for (const status of paymentStatuses) {
      expect(zhCN.orders.paymentStatuses[status]).toBeTruthy();
      expect(enUS.orders.paymentStatuses[status]).toBeTruthy();
    }
    expect(zhCN.orders.statuses.pending_review).toBe('待审核');
  });

  it('drops the review steps that are switched off from the path', () => {
    expect(reviewPath({ financeReview: false, warehouseReview: false })).toEqual([
      'pending_review',
      'awaiting_shipment',
      'shipped',
      'completed',
    ]);
    expect(reviewPath({ financeReview: true, warehouseReview: true }).slice(0, 4)).toEqual([
      'pending_review',
      'finance_review',
      'warehouse_review',
      'awaiting_shipment',
    ]);
  });
});
