import { addDays, isoDay } from './utc-date.util';

/**
 * Whether the UTC day of `date` is a business day: not a Saturday, Sunday or one of `holidays` (`YYYY-MM-DD`).
 *
 * @example
 * isBusinessDay(new Date('2024-12-25'), ['2024-12-25']); // false
 */
export function isBusinessDay(date: Date, holidays: ReadonlySet<string> | readonly string[] = []): boolean {
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const closed: ReadonlySet<string> = holidays instanceof Set ? holidays : new Set(holidays);
  return !closed.has(isoDay(date));
}

/**
 * The UTC day that is the `count`-th business day after the day of `date` (the day itself does not count).
 *
 * @example
 * isoDay(addBusinessDays(new Date('2024-03-01'), 1)); // '2024-03-04' (Friday → Monday)
 */
export function addBusinessDays(date: Date, count: number, holidays: readonly string[] = []): Date {
  const closed = new Set(holidays);
  let day = addDays(date, 0);
  for (let left = count; left > 0; ) {
    day = addDays(day, 1);
    if (isBusinessDay(day, closed)) left -= 1;
  }
  return day;
}
