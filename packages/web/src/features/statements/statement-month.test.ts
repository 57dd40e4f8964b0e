import { describe, expect, it } from 'vitest';
import {
  addMonths,
  isMonth,
  lastEndedMonth,
  monthEnded,
  monthOf,
  monthOrDefault,
  nextMonth,
  previousMonth,
} from './statement-month.ts';

describe('statement months', () => {
  it('steps back and forward across year ends', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(previousMonth('2026-11')).toBe('2026-10');
    expect(addMonths('2026-03', -15)).toBe('2024-12');
    expect(addMonths('2026-03', 22)).toBe('2028-01');
    expect(addMonths('2026-03', 0)).toBe('2026-03');
  });

  it('refuses what is not YYYY-MM', () => {
    for (const text of ['2026-13', '2026-00', '2026-1', '26-01', '2026/01', '', null, undefined]) {
      expect(isMonth(text)).toBe(false);
    }
    expect(isMonth('2026-12')).toBe(true);
    expect(() => addMonths('2026-13', 1)).toThrow();
  });

  it('reads the month in Shanghai, not in UTC', () => {
    // 16:30 UTC on 31 October is 00:30 on 1 November in Shanghai.
    expect(monthOf(new Date('2026-10-31T16:30:00Z'))).toBe('2026-11');
    expect(monthOf(new Date('2026-10-31T15:59:59Z'))).toBe('2026-10');
    expect(lastEndedMonth(new Date('2026-12-31T16:00:00Z'))).toBe('2026-12');
    expect(lastEndedMonth(new Date('2026-01-15T04:00:00Z'))).toBe('2025-12');
  });

  it('knows when a month is over', () => {
    const now = new Date('2026-12-02T01:00:00Z');
    expect(monthEnded('2026-11', now)).toBe(true);
    expect(monthEnded('2026-12', now)).toBe(false);
    expect(monthEnded('2027-01', now)).toBe(false);
  });

  it('falls back for a missing, malformed or future month', () => {
    const now = new Date('2026-12-02T01:00:00Z');
    expect(monthOrDefault('2026-09', '2026-11', now)).toBe('2026-09');
    expect(monthOrDefault('2026-12', '2026-11', now)).toBe('2026-12');
    expect(monthOrDefault('2027-01', '2026-11', now)).toBe('2026-11');
    expect(monthOrDefault('nope', '2026-11', now)).toBe('2026-11');
    expect(monthOrDefault(null, '2026-11', now)).toBe('2026-11');
  });
});
