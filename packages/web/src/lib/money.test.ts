import { describe, expect, it } from 'vitest';
import { fenToYuan, formatMoney, parseYuan, yuanText, yuanToFen } from './money.ts';

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

describe('parseYuan', () => {
  it('reads typed yuan into exact fen', () => {
    expect(parseYuan('1234.5')).toBe(123450);
    expect(parseYuan('¥1,234.56')).toBe(123456);
    expect(parseYuan(' 0.1 ')).toBe(10);
    expect(parseYuan('0.29')).toBe(29);
    expect(parseYuan('12.')).toBe(1200);
    expect(parseYuan('1000000000.01')).toBe(100000000001);
    expect(parseYuan('-0.30')).toBe(-30);
    expect(parseYuan('+5')).toBe(500);
  });

  it('refuses anything else, and a third decimal rather than rounding it away', () => {
    for (const text of ['', '-', '.5', '1.234', 'abc', '1e3', '1.2.3', '--1']) expect(parseYuan(text)).toBeNull();
  });

  it('round-trips with yuanText', () => {
    for (const fen of [0, 1, 10, 99, 100, 123456789, -250]) expect(parseYuan(yuanText(fen))).toBe(fen);
    expect(yuanText(123450)).toBe('1234.50');
    expect(yuanText(-5)).toBe('-0.05');
  });
});
