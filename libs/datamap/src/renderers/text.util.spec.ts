import { compareText, dataPoint, identifierWords, uniqueSorted } from './text.util';

describe('text utilities', () => {
  it('sorts distinct strings case-insensitively, independent of locale', () => {
    expect(uniqueSorted(['b', 'A', 'a', 'b', 'URL', 'Unique'])).toEqual(['A', 'a', 'b', 'Unique', 'URL']);
    expect(compareText('x', 'x')).toBe(0);
  });

  it('turns identifiers into words', () => {
    expect(identifierWords('EmailMessage')).toBe('Email message');
    expect(identifierWords('passwordHash')).toBe('Password hash');
    expect(identifierWords('HTMLPage')).toBe('Html page');
    expect(dataPoint({ entity: 'PaymentRecord', property: 'cardToken' })).toBe('Payment record card token');
  });
});
