import { subjectRequest } from '../testing/subject-request.fixture';
import { classify } from './request.classifier';

const now = new Date('2024-03-10T15:00:00Z');
const ids = (list: { request: { id: string } }[]) => list.map((c) => c.request.id);

describe('classify', () => {
  it('sorts open requests into overdue, due soon and on track by their response deadline', () => {
    const requests = [
      subjectRequest('gdpr', '2024-02-20T10:00:00Z', { id: 'on-track' }), // due 2024-03-20
      subjectRequest('gdpr', '2024-02-09T10:00:00Z', { id: 'overdue' }), // due 2024-03-09
      subjectRequest('gdpr', '2024-02-10T23:00:00Z', { id: 'due-today' }), // due 2024-03-10
      subjectRequest('pipeda', '2024-02-12T10:00:00Z', { id: 'due-in-3' }), // due 2024-03-13
    ];
    const result = classify(requests, now, { dueSoonDays: 5 });
    expect(ids(result.overdue)).toEqual(['overdue']);
    expect(ids(result.dueSoon)).toEqual(['due-today', 'due-in-3']);
    expect(ids(result.onTrack)).toEqual(['on-track']);
    expect(result.overdue[0].next).toEqual({ kind: 'respond', due: new Date('2024-03-09T00:00:00Z'), daysLeft: -1 });
  });

  it('counts the CCPA acknowledgement deadline until the request is acknowledged', () => {
    // Received Monday 26 Feb: acknowledge by Monday 11 Mar, respond by 11 Apr.
    const pending = subjectRequest('ccpa', '2024-02-26T09:00:00Z', { id: 'pending' });
    const acknowledged = { ...pending, id: 'acknowledged', acknowledgedAt: new Date('2024-02-27T09:00:00Z') };
    const result = classify([pending, acknowledged], now, { dueSoonDays: 3 });
    expect(ids(result.dueSoon)).toEqual(['pending']);
    expect(result.dueSoon[0].next).toMatchObject({ kind: 'acknowledge', daysLeft: 1 });
    expect(ids(result.onTrack)).toEqual(['acknowledged']);
    expect(result.onTrack[0].next).toMatchObject({ kind: 'respond', daysLeft: 32 });
  });

  it('reports an unacknowledged CCPA request as overdue once the acknowledgement deadline passed', () => {
    const late = subjectRequest('ccpa', '2024-02-20T09:00:00Z', { id: 'late' }); // acknowledge by 5 Mar
    const result = classify([late], now, { dueSoonDays: 3, holidays: [] });
    expect(ids(result.overdue)).toEqual(['late']);
    expect(result.overdue[0].next).toMatchObject({ kind: 'acknowledge', daysLeft: -5 });
    expect(result.overdue[0].deadlines.respondBy).toEqual(new Date('2024-04-05T00:00:00Z'));
  });

  it('passes holidays to the acknowledgement deadline', () => {
    const request = subjectRequest('ccpa', '2024-02-23T09:00:00Z', { id: 'r' }); // acknowledge by Fri 8 Mar
    expect(classify([request], now, { dueSoonDays: 3 }).overdue).toHaveLength(1);
    const withHoliday = classify([request], now, { dueSoonDays: 3, holidays: ['2024-03-04'] });
    expect(withHoliday.dueSoon[0].next).toMatchObject({ kind: 'acknowledge', due: new Date('2024-03-11T00:00:00Z') });
  });

  it('uses the extended deadline', () => {
    const at = new Date('2024-02-15T00:00:00Z');
    const extended = subjectRequest('gdpr', '2024-02-09T10:00:00Z', { extensions: [{ months: 1, reason: 'volume', at }] });
    expect(classify([extended], now, { dueSoonDays: 5 }).onTrack).toHaveLength(1);
  });
});
