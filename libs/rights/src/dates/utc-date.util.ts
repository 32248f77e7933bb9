import type { Period } from '../types/period.types';

const DAY_MS = 86_400_000;

/**
 * The UTC midnight starting the day of `date`.
 *
 * @example
 * utcDay(new Date('2024-01-31T23:59:00Z')).toISOString(); // '2024-01-31T00:00:00.000Z'
 */
export function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/**
 * `YYYY-MM-DD` of the UTC day of `date`.
 *
 * @example
 * isoDay(new Date('2024-02-29T12:00:00Z')); // '2024-02-29'
 */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The UTC day `days` calendar days after the day of `date`.
 *
 * @example
 * isoDay(addDays(new Date('2024-02-28'), 2)); // '2024-03-01'
 */
export function addDays(date: Date, days: number): Date {
  return new Date(utcDay(date).getTime() + days * DAY_MS);
}

/**
 * The same day number `months` months later, or that month's last day when it has no such day.
 *
 * @example
 * isoDay(addMonths(new Date('2024-01-31'), 1)); // '2024-02-29'
 */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/**
 * The UTC day a period after the day of `date`.
 *
 * @example
 * isoDay(addPeriod(new Date('2024-01-01'), { days: 45 })); // '2024-02-15'
 */
export function addPeriod(date: Date, period: Period): Date {
  return period.months !== undefined ? addMonths(date, period.months) : addDays(date, period.days);
}

/**
 * Whole calendar days from the UTC day of `from` to the UTC day of `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween(new Date('2024-03-01T23:00:00Z'), new Date('2024-03-03T01:00:00Z')); // 2
 */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((utcDay(to).getTime() - utcDay(from).getTime()) / DAY_MS);
}
