import { describe, expect, it } from 'vitest';
import { fenToYuan, formatMoney, yuanToFen } from './money.ts';

describe('formatMoney', () => {
  it('formats fen as yuan with a thousands separator and two decimals', () => {
    expect(formatMoney(123450)).toBe('¥1,234.50');
    expect(formatMoney(0)).toBe('¥0.00');
    expect(formatMoney(5)).toBe('¥0.05');
    expect(formatMoney(100000000)).toBe('¥1,000,000.00');
  });

  it('puts the sign before the currency symbol', () => {
    expect(formatMoney(-1999)).toBe('-¥19.99');
  });
});

describe('yuanToFen', () => {
  it('converts typed yuan to integer fen, rounding half up', () => {
    expect(yuanToFen(1234.5)).toBe(123450);
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen(1.005)).toBe(101);
    expect(yuanToFen(19.99)).toBe(1999);
    expect(yuanToFen(0)).toBe(0);
  });

  it('round-trips with fenToYuan', () => {
    for (const fen of [0, 1, 99, 100, 123456789]) expect(yuanToFen(fenToYuan(fen))).toBe(fen);
  });
});
