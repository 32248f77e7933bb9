import { addDays, addMonths, addPeriod, daysBetween, isoDay, utcDay } from './utc-date.util';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('UTC date arithmetic', () => {
  it.each([
    ['2024-01-15', 1, '2024-02-15'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2100-01-31', 1, '2100-02-28'],
    ['2000-01-31', 1, '2000-02-29'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2024-12-31', 1, '2025-01-31'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
  ])('adds months: %s + %i month(s) = %s', (from, months, expected) => {
    expect(isoDay(addMonths(day(from), months))).toBe(expected);
  });

  it('keeps only the UTC day of an instant', () => {
    expect(utcDay(new Date('2024-01-31T23:59:59.999Z')).toISOString()).toBe('2024-01-31T00:00:00.000Z');
    expect(isoDay(addDays(new Date('2024-02-28T22:00:00Z'), 2))).toBe('2024-03-01');
    expect(isoDay(addMonths(new Date('2024-01-31T23:30:00Z'), 1))).toBe('2024-02-29');
  });

  it('adds a period in months or days', () => {
    expect(isoDay(addPeriod(day('2024-01-01'), { days: 45 }))).toBe('2024-02-15');
    expect(isoDay(addPeriod(day('2024-01-31'), { months: 3 }))).toBe('2024-04-30');
  });

  it('counts whole days between UTC days, ignoring the time of day', () => {
    expect(daysBetween(new Date('2024-03-01T23:00:00Z'), new Date('2024-03-03T01:00:00Z'))).toBe(2);
    expect(daysBetween(day('2024-03-03'), day('2024-03-01'))).toBe(-2);
    expect(daysBetween(day('2024-02-01'), day('2024-03-01'))).toBe(29);
  });
});
