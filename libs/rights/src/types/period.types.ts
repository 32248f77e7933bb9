/**
 * A length of time in calendar months or calendar days (exactly one of both).
 *
 * @example
 * const oneMonth: Period = { months: 1 };
 * const fortyFiveDays: Period = { days: 45 };
 */
export type Period = { months: number; days?: never } | { days: number; months?: never };
