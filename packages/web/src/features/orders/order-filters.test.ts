import { describe, expect, it } from 'vitest';
import {
  exportHref,
  filtersFromParams,
  filtersToParams,
  hasFilters,
  orderCountsQuery,
  orderListQuery,
} from './order-filters.ts';

describe('order queue filters', () => {
  it('sends amounts typed in yuan as fen, rounding at the fen', () => {
    const query = orderListQuery({ minYuan: 12.5, maxYuan: 1000.005, page: 1, pageSize: 20 });
    expect(query).toEqual({ minAmount: 1250, maxAmount: 100001, page: 1, pageSize: 20 });
  });

  it('keeps a zero amount and puts a reversed amount or date range right', () => {
    expect(orderCountsQuery({ minYuan: 0, page: 1, pageSize: 20 })).toEqual({ minAmount: 0 });
    expect(
      orderCountsQuery({ minYuan: 300, maxYuan: 100, from: '2026-12-31', to: '2026-12-01', page: 1, pageSize: 20 }),
    ).toEqual({
      minAmount: 10000,
      maxAmount: 30000,
      from: '2026-12-01',
      to: '2026-12-31',
    });
  });

  it('leaves status and paging out of the counts and puts them in the list', () => {
    const filters = { status: 'shipped' as const, q: 'SO2026', customerId: 3, page: 2, pageSize: 50 };
    expect(orderCountsQuery(filters)).toEqual({ q: 'SO2026', customerId: 3 });
    expect(orderListQuery(filters)).toEqual({ q: 'SO2026', customerId: 3, status: 'shipped', page: 2, pageSize: 50 });
  });

  it('round-trips through the URL and ignores what is not a valid filter', () => {
    const filters = {
      status: 'pending_review' as const,
      q: '西湖',
      salespersonId: 7,
      from: '2026-12-01',
      to: '2026-12-02',
      minYuan: 9.9,
      page: 3,
      pageSize: 20,
    };
    const params = filtersToParams(filters);
    expect(params.has('pageSize')).toBe(false);
    expect(filtersFromParams(params)).toEqual({ ...filters, customerId: undefined, maxYuan: undefined });
    const junk = filtersFromParams(new URLSearchParams('status=lost&customerId=-1&from=yesterday&min=abc&page=0'));
    expect(junk).toEqual(filtersFromParams(new URLSearchParams()));
    expect(hasFilters(junk)).toBe(false);
    expect(hasFilters(filtersFromParams(new URLSearchParams('min=0')))).toBe(true);
  });

  it('exports the queue as filtered, status included, without paging', () => {
    expect(exportHref({ page: 3, pageSize: 50 })).toBe('/api/orders/export.xlsx');
    expect(exportHref({ status: 'shipped', q: '华联', minYuan: 10, from: '2026-12-01', page: 2, pageSize: 20 })).toBe(
      '/api/orders/export.xlsx?q=%E5%8D%8E%E8%81%94&from=2026-12-01&minAmount=1000&status=shipped',
    );
  });
});
