import { describe, expect, it } from 'vitest';
import { dayjs, formatDate, formatDateTime, shanghaiDayEnd, shanghaiDayStart, shanghaiHour } from './dates.ts';

describe('dates in Asia/Shanghai', () => {
  it('shows a UTC instant in China Standard Time', () => {
    expect(formatDateTime('2026-11-24T15:31:37.026Z')).toBe('2026-11-24 23:31');
    expect(formatDateTime('2026-11-24T16:00:00Z', true)).toBe('2026-11-25 00:00:00');
    expect(formatDate('2026-11-24T16:30:00Z')).toBe('2026-11-25');
  });

  it('renders missing values as a dash', () => {
    expect(formatDateTime(null)).toBe('-');
    expect(formatDate(undefined)).toBe('-');
    expect(formatDateTime('')).toBe('-');
  });

  it('gives the bounds of a Shanghai calendar day in UTC', () => {
    const day = dayjs('2026-11-25');
    expect(shanghaiDayStart(day)).toBe('2026-11-24T16:00:00.000Z');
    expect(shanghaiDayEnd(day)).toBe('2026-11-25T15:59:59.999Z');
  });

  it('reads the hour in Shanghai', () => {
    expect(shanghaiHour('2026-11-24T01:00:00Z')).toBe(9);
  });
});
