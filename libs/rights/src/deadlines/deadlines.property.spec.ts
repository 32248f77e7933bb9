import fc from 'fast-check';
import { isBusinessDay } from '../dates/business-days.util';
import { daysBetween, isoDay } from '../dates/utc-date.util';
import { RightsError } from '../errors/rights.error';
import { JURISDICTION_RULES } from '../rules/jurisdiction.rules';
import { JURISDICTIONS } from '../types/jurisdiction.types';
import type { SubjectRequest } from '../types/subject-request.types';
import { computeDeadlines } from './deadline.calculator';
import { extend } from './request.extender';

const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true });
const request = fc.record({
  id: fc.constant('dsr'),
  jurisdiction: fc.constantFrom(...JURISDICTIONS),
  right: fc.constant('access' as const),
  receivedAt: instant,
  extensions: fc.constant([]),
});
const holidays = fc.array(instant.map(isoDay), { maxLength: 15 });
const amount = fc.oneof(fc.record({ months: fc.integer({ min: 1, max: 3 }) }), fc.record({ days: fc.integer({ min: 1, max: 100 }) }));

describe('deadline properties', () => {
  it('no deadline is before receipt, and respondBy ≤ maxRespondBy', () => {
    fc.assert(
      fc.property(request, holidays, (r, h) => {
        const d = computeDeadlines(r, { holidays: h });
        expect(daysBetween(r.receivedAt, d.respondBy)).toBeGreaterThan(0);
        expect(d.maxRespondBy.getTime()).toBeGreaterThanOrEqual(d.respondBy.getTime());
        if (d.acknowledgeBy) expect(daysBetween(r.receivedAt, d.acknowledgeBy)).toBeGreaterThan(0);
      }),
    );
  });

  it('acknowledgement deadlines never fall on a weekend or a holiday', () => {
    fc.assert(
      fc.property(request, holidays, (r, h) => {
        const { acknowledgeBy } = computeDeadlines({ ...r, jurisdiction: 'ccpa' }, { holidays: h });
        expect(acknowledgeBy && isBusinessDay(acknowledgeBy, h)).toBe(true);
      }),
    );
  });

  it('the GDPR one-month deadline is 28 to 31 days after receipt', () => {
    fc.assert(
      fc.property(request, fc.constantFrom('gdpr' as const, 'uk_gdpr' as const), (r, jurisdiction) => {
        const d = daysBetween(r.receivedAt, computeDeadlines({ ...r, jurisdiction }).respondBy);
        expect(d).toBeGreaterThanOrEqual(28);
        expect(d).toBeLessThanOrEqual(31);
      }),
    );
  });

  it('an extension never shortens the deadline nor exceeds the maximum; a refused one is a RightsError', () => {
    fc.assert(
      fc.property(request, fc.array(fc.tuple(amount, fc.integer({ min: 0, max: 40 })), { maxLength: 3 }), (r, steps) => {
        let current: SubjectRequest = r;
        for (const [period, offset] of steps) {
          const before = computeDeadlines(current);
          const at = new Date(r.receivedAt.getTime() + offset * 86_400_000);
          try {
            current = extend(current, { ...period, reason: 'volume', at });
          } catch (e) {
            expect(e).toBeInstanceOf(RightsError);
            continue;
          }
          const after = computeDeadlines(current);
          expect(after.respondBy.getTime()).toBeGreaterThan(before.respondBy.getTime());
          expect(after.respondBy.getTime()).toBeLessThanOrEqual(after.maxRespondBy.getTime());
          expect(JURISDICTION_RULES[r.jurisdiction].extension).toBeDefined();
        }
      }),
    );
  });
});
