import { describeIsoDuration } from './iso-duration.util';

describe('describeIsoDuration', () => {
  it('describes dates and times in words, singular and plural', () => {
    expect(describeIsoDuration('P30D')).toBe('30 days');
    expect(describeIsoDuration('P1Y')).toBe('1 year');
    expect(describeIsoDuration('P1Y6M2W')).toBe('1 year 6 months 2 weeks');
    expect(describeIsoDuration('PT36H')).toBe('36 hours');
    expect(describeIsoDuration('P1DT1M')).toBe('1 day 1 minute');
    expect(describeIsoDuration('P0D')).toBe('0 days');
  });

  it('returns what it does not understand unchanged', () => {
    for (const value of ['P', 'PT', 'P1DT', '30 days', 'P1.5Y', '']) expect(describeIsoDuration(value)).toBe(value);
  });
});
