import request from 'supertest';
import { startSeededApp, type SeededApp } from '../../testing/seeded-app.fixture';
import { User } from '../accounts/user.entity';
import { ConsentRecord } from '../consent/consent-record.entity';

describe(`account holder's rectification and consents (/me/privacy) on ${process.env['DATABASE_URL'] ? 'PostgreSQL' : 'PGlite'}`, () => {
  let s: SeededApp;
  beforeAll(async () => {
    s = await startSeededApp();
  }, 120_000);
  afterAll(() => s.close());

  it('rectifies the caller\'s own profile through the purpose\'s permitted fields, and only their own row', async () => {
    const res = await s.as('member@demo.test', 'service.personalization').patch('/me/privacy/profile', { timezone: 'Europe/London', lastName: 'King' }).expect(200);
    expect(res.body).toEqual(expect.objectContaining({ timezone: 'Europe/London', lastName: 'King' }));
    expect(res.body.email).toBeUndefined(); // not a personalization field
    const me = await s.dataSource.getRepository(User).findOneByOrFail({ email: 'member@demo.test' });
    expect([me.timezone, me.lastName]).toEqual(['Europe/London', 'King']);
    const other = await s.dataSource.getRepository(User).findOneByOrFail({ email: 'owner@demo.test' });
    expect(other.timezone).not.toBe('Europe/London');
    await s.as('member@demo.test', 'service.account').patch('/me/privacy/profile', { name: 'Mem Ber' }).expect(200);
    expect((await s.dataSource.getRepository(User).findOneByOrFail({ id: me.id })).name).toBe('Mem Ber');
  });

  it('refuses a field of the other purpose (403 naming it), invalid values and unknown fields (400), no purpose (400)', async () => {
    const wrong = await s.as('member@demo.test', 'service.account').patch('/me/privacy/profile', { timezone: 'UTC' }).expect(403);
    expect(JSON.stringify(wrong.body)).toContain('timezone');
    await s.as('member@demo.test', 'service.personalization').patch('/me/privacy/profile', { language: 'english' }).expect(400);
    await s.as('member@demo.test', 'service.personalization').patch('/me/privacy/profile', { email: 'x@y.test' }).expect(400);
    await s.as('member@demo.test').patch('/me/privacy/profile', { timezone: 'UTC' }).expect(400);
    await request(s.app.getHttpServer()).patch('/me/privacy/profile').set('X-Purpose', 'service.personalization').send({ timezone: 'UTC' }).expect(401);
  });

  it('records consent given and withdrawn in the append-only ledger; the latest row is in force', async () => {
    const before = (await s.as('viewer@demo.test').get('/me/privacy/consents').expect(200)).body as { purpose: string; granted: boolean }[];
    expect(before.map((c) => c.purpose)).toEqual(expect.arrayContaining(['analytics', 'marketing', 'communication.push']));
    expect(before.every((c) => !c.granted)).toBe(true);
    await s.as('viewer@demo.test').post('/me/privacy/consents', { purpose: 'marketing', granted: true }).expect(201);
    await s.as('viewer@demo.test').post('/me/privacy/consents', { purpose: 'marketing', granted: false }).expect(201);
    await s.as('viewer@demo.test').post('/me/privacy/consents', { purpose: 'analytics', granted: true }).expect(201);
    const after = (await s.as('viewer@demo.test').get('/me/privacy/consents').expect(200)).body as { purpose: string; granted: boolean }[];
    expect(after.find((c) => c.purpose === 'marketing')?.granted).toBe(false);
    expect(after.find((c) => c.purpose === 'analytics')?.granted).toBe(true);
    const viewer = await s.dataSource.getRepository(User).findOneByOrFail({ email: 'viewer@demo.test' });
    const ledger = await s.dataSource.getRepository(ConsentRecord).find({ where: { userId: viewer.id }, order: { recordedAt: 'ASC' } });
    expect(ledger.map((r) => [r.purpose, r.granted, r.method])).toEqual([['marketing', true, 'settings'], ['marketing', false, 'settings'], ['analytics', true, 'settings']]);
    const bad = await s.as('viewer@demo.test').post('/me/privacy/consents', { purpose: 'service.crm', granted: true }).expect(400);
    expect(bad.body.allowedPurposes).toEqual(expect.arrayContaining(['marketing']));
    await s.as('viewer@demo.test').post('/me/privacy/consents', { purpose: 'marketing', granted: 'yes' }).expect(400);
  });
});
