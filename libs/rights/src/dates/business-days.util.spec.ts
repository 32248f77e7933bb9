import fc from 'fast-check';
import { addBusinessDays, isBusinessDay } from './business-days.util';
import { addDays, daysBetween, isoDay } from './utc-date.util';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('business days', () => {
  it('skips Saturdays and Sundays', () => {
    expect(isoDay(addBusinessDays(day('2024-03-01'), 1))).toBe('2024-03-04'); // Friday → Monday
    expect(isoDay(addBusinessDays(day('2024-03-02'), 1))).toBe('2024-03-04'); // Saturday → Monday
    expect(isoDay(addBusinessDays(day('2024-03-04'), 10))).toBe('2024-03-18');
  });

  it('skips the holidays passed in', () => {
    expect(isBusinessDay(day('2024-12-25'))).toBe(true);
    expect(isBusinessDay(day('2024-12-25'), ['2024-12-25'])).toBe(false);
    expect(isoDay(addBusinessDays(day('2024-12-24'), 1, ['2024-12-25']))).toBe('2024-12-26');
  });

  it('never lands on a weekend or holiday and counts exactly the business days asked for', () => {
    const date = fc.date({ min: day('2000-01-01'), max: day('2099-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 30 }), fc.array(date.map(isoDay), { maxLength: 20 }), (from, count, holidays) => {
        const result = addBusinessDays(from, count, holidays);
        expect(isBusinessDay(result, holidays)).toBe(true);
        const between = Array.from({ length: daysBetween(from, result) }, (_, i) => addDays(from, i + 1));
        expect(between.filter((d) => isBusinessDay(d, holidays))).toHaveLength(count);
      }),
    );
  });
});
