import { isoDay } from '../dates/utc-date.util';
import { subjectRequest } from '../testing/subject-request.fixture';
import type { Jurisdiction } from '../types/jurisdiction.types';
import { computeDeadlines } from './deadline.calculator';

function days(jurisdiction: Jurisdiction, receivedAt: string, holidays?: string[]) {
  const d = computeDeadlines(subjectRequest(jurisdiction, receivedAt), { holidays });
  return { acknowledgeBy: d.acknowledgeBy && isoDay(d.acknowledgeBy), respondBy: isoDay(d.respondBy), maxRespondBy: isoDay(d.maxRespondBy) };
}

describe('computeDeadlines', () => {
  it.each(['gdpr', 'uk_gdpr'] as const)('%s: one month of receipt, at most three with extensions, no acknowledgement', (j) => {
    expect(days(j, '2024-12-15T10:00:00Z')).toEqual({ acknowledgeBy: undefined, respondBy: '2025-01-15', maxRespondBy: '2025-03-15' });
  });

  it.each([
    ['2024-01-31T08:00:00Z', '2024-02-29', '2024-04-30'],
    ['2023-01-31T23:59:00Z', '2023-02-28', '2023-04-30'],
    ['2024-03-31T00:00:00Z', '2024-04-30', '2024-06-30'],
    ['2024-02-29T12:00:00Z', '2024-03-29', '2024-05-29'],
    ['2024-11-30T12:00:00Z', '2024-12-30', '2025-02-28'],
  ])('gdpr at month ends and in leap years: received %s → %s, at most %s', (receivedAt, respondBy, maxRespondBy) => {
    expect(days('gdpr', receivedAt)).toMatchObject({ respondBy, maxRespondBy });
    expect(days('uk_gdpr', receivedAt)).toMatchObject({ respondBy, maxRespondBy });
  });

  it('ccpa: acknowledge within 10 business days across weekends, respond within 45 days, at most 90', () => {
    // Wednesday 20 Nov 2024: two weekends in between.
    expect(days('ccpa', '2024-11-20T16:00:00Z')).toEqual({ acknowledgeBy: '2024-12-04', respondBy: '2025-01-04', maxRespondBy: '2025-02-18' });
  });

  it('ccpa: holidays passed in push the acknowledgement deadline, not the calendar-day response deadline', () => {
    const thanksgiving = ['2024-11-28', '2024-11-29'];
    expect(days('ccpa', '2024-11-20T16:00:00Z', thanksgiving)).toEqual({
      acknowledgeBy: '2024-12-06',
      respondBy: '2025-01-04',
      maxRespondBy: '2025-02-18',
    });
  });

  it('ccpa: a request received on a Saturday counts business days from the next Monday', () => {
    expect(days('ccpa', '2024-03-02T09:00:00Z').acknowledgeBy).toBe('2024-03-15');
  });

  it('pipeda: 30 days, at most 60 (leap February)', () => {
    expect(days('pipeda', '2024-02-15T09:00:00Z')).toEqual({ acknowledgeBy: undefined, respondBy: '2024-03-16', maxRespondBy: '2024-04-15' });
  });

  it('quebec_law25: 30 days and no extension', () => {
    expect(days('quebec_law25', '2023-02-15T09:00:00Z')).toEqual({ acknowledgeBy: undefined, respondBy: '2023-03-17', maxRespondBy: '2023-03-17' });
  });

  it('applies the recorded extensions from the day of receipt', () => {
    const at = new Date('2024-02-01T00:00:00Z');
    const request = subjectRequest('gdpr', '2024-01-31T10:00:00Z', {
      extensions: [
        { months: 1, reason: 'volume', at },
        { months: 1, reason: 'complexity', at },
      ],
    });
    expect(isoDay(computeDeadlines(request).respondBy)).toBe('2024-04-30');
    const ccpa = subjectRequest('ccpa', '2024-11-20T16:00:00Z', { extensions: [{ days: 30, reason: 'volume', at }] });
    expect(isoDay(computeDeadlines(ccpa).respondBy)).toBe('2025-02-03');
  });
});
