import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { dayjs, displayTimeZone, formatDate, inShanghai } from '../../lib/dates.ts';

/** 90 → "9 折" / "10% off"; 100 → "无折扣" / "No discount". */
export function formatDiscount(percent: number, t: TFunction): string {
  if (percent >= 100) return t('pricing.noDiscount');
  return t('pricing.discount', { zhe: Number((percent / 10).toFixed(2)), off: Number((100 - percent).toFixed(2)) });
}

export type Validity = [Dayjs | null, Dayjs | null] | null | undefined;

/**
 * A picked date range as the API's window [startsAt, endsAt): from the first day's start to the start
 * of the day after the last one, in Shanghai time. An open end is null (no limit).
 */
export function validityToBody(range: Validity): { startsAt: string | null; endsAt: string | null } {
  const [from, to] = range ?? [null, null];
  const dayStart = (day: Dayjs) => dayjs.tz(day.format('YYYY-MM-DD'), displayTimeZone);
  return {
    startsAt: from ? dayStart(from).toISOString() : null,
    endsAt: to ? dayStart(to).add(1, 'day').toISOString() : null,
  };
}

/** The API window back as the picker's days (the exclusive end shows as the day before). */
export function validityFromBody(startsAt: string | null | undefined, endsAt: string | null | undefined): Validity {
  if (!startsAt && !endsAt) return null;
  return [startsAt ? inShanghai(startsAt) : null, endsAt ? inShanghai(endsAt).subtract(1, 'millisecond') : null];
}

/** "2026-01-01 ~ 2026-12-31", "2026-01-01 起", "长期有效". */
export function formatValidity(startsAt: string | null | undefined, endsAt: string | null | undefined, t: TFunction) {
  const range = validityFromBody(startsAt, endsAt);
  if (!range) return t('pricing.always');
  const [from, to] = range;
  if (from && to) return `${formatDate(from)} ~ ${formatDate(to)}`;
  if (from) return t('pricing.from', { date: formatDate(from) });
  return t('pricing.until', { date: formatDate(to) });
}
