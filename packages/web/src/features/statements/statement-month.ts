import { inShanghai } from '../../lib/dates.ts';

/** Statement months are "YYYY-MM" calendar months in Asia/Shanghai, as the API takes them. */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (text: string | null | undefined): text is string => !!text && MONTH.test(text);

/** "2026-11" moved by `count` months (negative goes back): addMonths("2026-01", -1) → "2025-12". */
export function addMonths(month: string, count: number): string {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`not a month: ${month}`);
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export const previousMonth = (month: string): string => addMonths(month, -1);
export const nextMonth = (month: string): string => addMonths(month, 1);

/** The month an instant falls in, in Shanghai (23:30 UTC on 31 Oct is already November there). */
export const monthOf = (at: Date = new Date()): string => inShanghai(at).format('YYYY-MM');

/** The last month that has ended: what finance sends out and the customer confirms. */
export const lastEndedMonth = (now: Date = new Date()): string => previousMonth(monthOf(now));

/** A month is over once the Shanghai calendar has moved past it. */
export const monthEnded = (month: string, now: Date = new Date()): boolean => month < monthOf(now);

/** The month a page was asked for, or `fallback` when the text is not a month or lies in the future. */
export function monthOrDefault(text: string | null | undefined, fallback: string, now: Date = new Date()): string {
  return isMonth(text) && text <= monthOf(now) ? text : fallback;
}
