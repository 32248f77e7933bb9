import fc from 'fast-check';
import { ISO_DURATION_PATTERN, LEGAL_BASES } from '../constants';
import { BasisOverrideError } from '../errors/basis-override.error';
import { validatePersonalDataOptions } from './personal-data-options.validator';

class Entity {}
const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/);
const base = { category: 'user.name', subject: 'customer', source: 'provided', retention: 'account' } as const;

describe('validatePersonalDataOptions (property)', () => {
  it('accepts a basis override exactly when it names one of the field\'s purposes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(key, { minLength: 1, maxLength: 5 }), key, fc.constantFrom(...LEGAL_BASES), (purposes, overridden, basis) => {
        const run = () => validatePersonalDataOptions(Entity, 'field', { ...base, purposes, legalBases: { [overridden]: basis } });
        if (purposes.includes(overridden)) {
          const field = run();
          expect(field.purposes.find((p) => p.key === overridden)?.legalBasis).toBe(basis);
          expect(field.purposes.filter((p) => p.legalBasis !== undefined)).toHaveLength(1);
        } else {
          expect(run).toThrow(BasisOverrideError);
          expect(run).toThrow(/^Entity\.field: /);
        }
      }),
    );
  });

  it('keeps the purposes in declared order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(key, { minLength: 1, maxLength: 8 }), (purposes) => {
        expect(validatePersonalDataOptions(Entity, 'field', { ...base, purposes }).purposes.map((p) => p.key)).toEqual(purposes);
      }),
    );
  });
});

describe('ISO 8601 duration pattern (property)', () => {
  const part = fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined });
  it('accepts every well-formed duration and rejects plain numbers and words', () => {
    fc.assert(
      fc.property(part, part, part, part, part, (y, m, d, h, s) => {
        const date = [y === undefined ? '' : `${y}Y`, m === undefined ? '' : `${m}M`, d === undefined ? '' : `${d}D`].join('');
        const time = [h === undefined ? '' : `${h}H`, s === undefined ? '' : `${s}S`].join('');
        const value = `P${date}${time ? `T${time}` : ''}`;
        expect(ISO_DURATION_PATTERN.test(value)).toBe(value !== 'P');
      }),
    );
    for (const bad of ['30', '30 days', 'P', 'PT', 'P1.5Y', 'p30d']) expect(ISO_DURATION_PATTERN.test(bad)).toBe(false);
  });
});
