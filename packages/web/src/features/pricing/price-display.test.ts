import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { dayjs } from '../../lib/dates.ts';
import { formatDiscount, validityFromBody, validityToBody } from './price-display.ts';

const t = ((key: string, values?: Record<string, unknown>) =>
  `${key}${values ? JSON.stringify(values) : ''}`) as TFunction;

describe('price display', () => {
  it('shows a discount percent as 折 and as percent off', () => {
    expect(formatDiscount(95, t)).toBe('pricing.discount{"zhe":9.5,"off":5}');
    expect(formatDiscount(88, t)).toBe('pricing.discount{"zhe":8.8,"off":12}');
    expect(formatDiscount(100, t)).toBe('pricing.noDiscount');
  });

  it('turns picked days into a Shanghai window with an exclusive end, and back', () => {
    const body = validityToBody([dayjs('2026-01-01'), dayjs('2026-01-31')]);
    expect(body).toEqual({ startsAt: '2025-12-31T16:00:00.000Z', endsAt: '2026-01-31T16:00:00.000Z' });
    const [from, to] = validityFromBody(body.startsAt, body.endsAt) ?? [];
    expect(from?.format('YYYY-MM-DD')).toBe('2026-01-01');
    expect(to?.format('YYYY-MM-DD')).toBe('2026-01-31');
    expect(validityToBody(null)).toEqual({ startsAt: null, endsAt: null });
    expect(validityToBody([null, dayjs('2026-03-01')])).toEqual({ startsAt: null, endsAt: '2026-03-01T16:00:00.000Z' });
    expect(validityFromBody(null, null)).toBeNull();
  });
});
