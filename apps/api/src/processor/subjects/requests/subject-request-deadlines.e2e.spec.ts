import { type SeededApp, startSeededApp } from '../../../testing/seeded-app.fixture';

type View = { id: string; classification: string; deadlines: { acknowledgeBy?: string; respondBy: string; maxRespondBy: string }; extensions: { reason: string }[]; history: { step: string; note: string }[] };

const DAY = 86_400_000;
/** `YYYY-MM-DD` of a UTC calendar date given as year, month (0-based) and day (overflow rolls over). */
const ymd = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);

describe('request deadlines per jurisdiction, extensions and the overdue / due-soon lists', () => {
  let s: SeededApp;
  let base: string;
  const now = new Date();
  const [year, month] = [now.getUTCFullYear(), now.getUTCMonth()];
  /** The first day of this month: receipt in the past, and every first deadline (≥ 30 days later) still ahead. */
  const monthStart = new Date(Date.UTC(year, month, 1)).toISOString();
  const daysAgo = (n: number) => new Date(now.getTime() - n * DAY).toISOString();
  const create = async (jurisdiction: string, receivedAt: string, right = 'access') => (await s.as('admin@demo.test').post(base, { right, jurisdiction, receivedAt }).expect(201)).body as View;
  const extend = (id: string, body: object) => s.as('owner@demo.test').post(`${base}/${id}/extend`, body);

  beforeAll(async () => {
    s = await startSeededApp();
    base = `/workspaces/${s.demo}/subjects/requests`;
  });
  afterAll(() => s?.close());

  it.each([
    ['gdpr', '2024-01-31T10:00:00Z', { respondBy: '2024-02-29', maxRespondBy: '2024-04-30' }], // one month, to the month's last day; +2 months
    ['uk_gdpr', '2023-01-31T23:30:00Z', { respondBy: '2023-02-28', maxRespondBy: '2023-04-30' }],
    ['ccpa', '2024-12-19T16:00:00Z', { acknowledgeBy: '2025-01-02', respondBy: '2025-02-02', maxRespondBy: '2025-03-19' }], // 10 business days over two weekends; 45 + 45 days
    ['ccpa', '2024-03-01T09:00:00Z', { acknowledgeBy: '2024-03-15', respondBy: '2024-04-15', maxRespondBy: '2024-05-30' }], // received on a Friday
    ['pipeda', '2024-03-01T09:00:00Z', { respondBy: '2024-03-31', maxRespondBy: '2024-04-30' }], // 30 + 30 days
    ['quebec_law25', '2024-03-01T09:00:00Z', { respondBy: '2024-03-31', maxRespondBy: '2024-03-31' }], // 30 days, no extension
  ])('%s, received %s: the API answers the deadlines %j', async (jurisdiction, receivedAt, deadlines) => {
    expect((await create(jurisdiction, receivedAt)).deadlines).toEqual(deadlines);
  });

  it('GDPR: extended by two months in total, each with its recorded reason; beyond two months refused (409)', async () => {
    const { id } = await create('gdpr', monthStart);
    const first = (await extend(id, { months: 1, reason: 'Records in 14 systems' }).expect(200)).body as View;
    expect(first.deadlines).toEqual({ respondBy: ymd(year, month + 2, 1), maxRespondBy: ymd(year, month + 3, 1) });
    const second = (await extend(id, { months: 1, reason: 'Third-party archive' }).expect(200)).body as View;
    expect(second.deadlines.respondBy).toBe(ymd(year, month + 3, 1));
    expect(second.extensions).toEqual([{ months: 1, reason: 'Records in 14 systems', at: expect.any(String) }, { months: 1, reason: 'Third-party archive', at: expect.any(String) }]);
    expect(second.history.filter((h) => h.step === 'extended').map((h) => h.note)).toEqual([
      `response deadline extended by 1 month(s) to ${ymd(year, month + 2, 1)}; reason recorded on the request`,
      `response deadline extended by 1 month(s) to ${ymd(year, month + 3, 1)}; reason recorded on the request`,
    ]);
    const refused = await extend(id, { months: 1, reason: 'Still more' }).expect(409);
    expect(refused.body).toMatchObject({ statusCode: 409, code: 'EXTENSION_TOO_LONG', jurisdiction: 'gdpr', message: expect.stringContaining('GDPR allows extending the response deadline by at most 2 months in total') });
    await extend((await create('uk_gdpr', monthStart)).id, { months: 3, reason: 'Huge' }).expect(409);
  });

  it('an extension needs a reason and exactly one of months or days (400)', async () => {
    const { id } = await create('gdpr', monthStart);
    expect((await extend(id, { months: 1 }).expect(400)).body.message).toContain('reason is required: say why the deadline is extended (it is told to the requester)');
    expect((await extend(id, { months: 1, reason: '   ' }).expect(400)).body).toMatchObject({ code: 'MISSING_EXTENSION_REASON', message: 'GDPR requires a reason for extending the response deadline' });
    expect((await extend(id, { reason: 'volume' }).expect(400)).body).toMatchObject({ code: 'INVALID_EXTENSION' });
    expect((await extend(id, { months: 1, days: 3, reason: 'volume' }).expect(400)).body).toMatchObject({ code: 'INVALID_EXTENSION' });
    await extend(id, { months: 0, reason: 'volume' }).expect(400);
  });

  it('CCPA: once, by up to 45 days; PIPEDA: once, by up to 30 days; Quebec Law 25: never (409)', async () => {
    const ccpa = await create('ccpa', monthStart);
    expect(((await extend(ccpa.id, { days: 45, reason: 'Complex request' }).expect(200)).body as View).deadlines.respondBy).toBe(ymd(year, month, 1 + 90));
    expect((await extend(ccpa.id, { days: 1, reason: 'again' }).expect(409)).body).toMatchObject({ code: 'EXTENSION_LIMIT', message: 'CCPA/CPRA allows extending the response deadline only once' });
    const pipeda = await create('pipeda', monthStart);
    await extend(pipeda.id, { days: 31, reason: 'Too long' }).expect(409);
    expect(((await extend(pipeda.id, { days: 30, reason: 'Consultation needed' }).expect(200)).body as View).deadlines.respondBy).toBe(ymd(year, month, 1 + 60));
    const quebec = await create('quebec_law25', monthStart);
    expect((await extend(quebec.id, { days: 10, reason: 'volume' }).expect(409)).body).toMatchObject({ code: 'EXTENSION_NOT_ALLOWED', message: 'Quebec Law 25 does not allow extending the response deadline' });
  });

  it('lists overdue and due-soon requests (a pending acknowledgement counts; closed ones never), each classified alike', async () => {
    const overdue = await create('pipeda', daysAgo(60));
    const dueSoon = await create('quebec_law25', daysAgo(27)); // respond within 3 days
    const onTrack = await create('gdpr', daysAgo(1));
    const unacknowledged = await create('ccpa', daysAgo(20)); // 10 business days passed; response in 25 days
    const closed = await create('pipeda', daysAgo(60));
    await s.as('admin@demo.test').post(`${base}/${closed.id}/reject`, { reason: 'duplicate' }).expect(200);
    const ids = async (due: string) => {
      const body = (await s.as('owner@demo.test').get(`${base}?due=${due}&pageSize=100`).expect(200)).body as { items: View[]; total: number };
      expect(body.items.every((item) => item.classification === due)).toBe(true);
      expect(body.total).toBe(body.items.length);
      return body.items.map((item) => item.id);
    };
    expect(await ids('overdue')).toEqual(expect.arrayContaining([overdue.id, unacknowledged.id]));
    for (const id of [dueSoon.id, onTrack.id, closed.id]) expect(await ids('overdue')).not.toContain(id);
    expect(await ids('due_soon')).toContain(dueSoon.id);
    for (const id of [overdue.id, onTrack.id, unacknowledged.id, closed.id]) expect(await ids('due_soon')).not.toContain(id);
    await s.as('admin@demo.test').post(`${base}/${unacknowledged.id}/acknowledge`, {}).expect(200);
    expect(await ids('overdue')).not.toContain(unacknowledged.id);
    const all = (await s.as('owner@demo.test').get(`${base}?status=received&pageSize=100`).expect(200)).body.items as View[];
    expect(all.map((r) => r.id)).not.toContain(closed.id);
    expect(all.findIndex((r) => r.id === overdue.id)).toBeLessThan(all.findIndex((r) => r.id === onTrack.id)); // most urgent first
    expect((await s.as('owner@other.test').get(`/workspaces/${s.other}/subjects/requests?due=overdue`).expect(200)).body.items).toEqual([]);
  });
});
