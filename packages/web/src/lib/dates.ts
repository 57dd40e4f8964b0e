import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/zh-cn';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Times are stored in UTC and always shown in China Standard Time, wherever the browser is. */
export const displayTimeZone = 'Asia/Shanghai';

type DateInput = string | number | Date | Dayjs | null | undefined;

export function inShanghai(value: Exclude<DateInput, null | undefined>): Dayjs {
  return dayjs(value).tz(displayTimeZone);
}

/** "2026-11-24 23:31"; empty input gives "-". */
export function formatDateTime(value: DateInput, withSeconds = false): string {
  if (value === null || value === undefined || value === '') return '-';
  return inShanghai(value).format(withSeconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm');
}

/** "2026-11-24" in Asia/Shanghai. */
export function formatDate(value: DateInput): string {
  if (value === null || value === undefined || value === '') return '-';
  return inShanghai(value).format('YYYY-MM-DD');
}

/** The first and last instant of a Shanghai calendar day, as ISO strings for API filters. */
export function shanghaiDayStart(day: Dayjs): string {
  return dayjs.tz(day.format('YYYY-MM-DD'), displayTimeZone).startOf('day').toISOString();
}

export function shanghaiDayEnd(day: Dayjs): string {
  return dayjs.tz(day.format('YYYY-MM-DD'), displayTimeZone).endOf('day').toISOString();
}

/** The hour of day in Shanghai, used to pick a greeting. */
export function shanghaiHour(now: DateInput = new Date()): number {
  return inShanghai(now ?? new Date()).hour();
}

export { dayjs };
