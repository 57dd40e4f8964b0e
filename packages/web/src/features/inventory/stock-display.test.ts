import { describe, expect, it } from 'vitest';
import { daysBetween, expiryState, isLowStock, signed } from './stock-display.ts';

describe('stock display', () => {
  it('marks a level low only below a set threshold', () => {
    expect(isLowStock({ available: 4, lowStockThreshold: 5 })).toBe(true);
    expect(isLowStock({ available: 5, lowStockThreshold: 5 })).toBe(false);
    expect(isLowStock({ available: 0, lowStockThreshold: null })).toBe(false);
  });

  it('counts an expiry date as the last day of sale', () => {
    expect(expiryState(null, '2026-05-01')).toBe('none');
    expect(expiryState('2026-05-01', '2026-05-01')).toBe('soon');
    expect(expiryState('2026-04-30', '2026-05-01')).toBe('expired');
    expect(expiryState('2026-05-31', '2026-05-01')).toBe('soon');
    expect(expiryState('2026-06-01', '2026-05-01')).toBe('ok');
    expect(expiryState('2026-06-01', '2026-05-01', 60)).toBe('soon');
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
  });

  it('writes movement quantities with their sign', () => {
    expect(signed(12)).toBe('+12');
    expect(signed(-3)).toBe('−3');
  });
});
