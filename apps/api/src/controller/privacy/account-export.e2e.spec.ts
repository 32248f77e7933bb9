import type { SubjectExport } from '@lawful/rights';
import request from 'supertest';
import { startSeededApp, type SeededApp } from '../../testing/seeded-app.fixture';
import { User } from '../accounts/user.entity';

describe(`account holder's own export (/me/privacy/export) on ${process.env['DATABASE_URL'] ? 'PostgreSQL' : 'PGlite'}`, () => {
  let s: SeededApp;
  beforeAll(async () => {
    s = await startSeededApp();
  }, 120_000);
  afterAll(() => s.close());

  it("exports the caller's controller data only: account, memberships, sessions — never a workspace's CRM data", async () => {
    const me = await s.dataSource.getRepository(User).findOneByOrFail({ email: 'member@demo.test' });
    const doc = (await s.as('member@demo.test').get('/me/privacy/export').expect(200)).body as SubjectExport;
    expect(doc.subject).toEqual({ type: 'account_holder', entity: 'User', id: me.id });
    expect(doc.entities.User[0].fields.email).toEqual(expect.objectContaining({ value: 'member@demo.test', purposes: expect.arrayContaining([expect.objectContaining({ key: 'service.account', legalBasis: 'contract' })]) }));
    expect(doc.entities.User[0].fields.email.recipients.map((r) => r.key)).toEqual(['quickemailverification', 'stripe']);
    expect(doc.entities.AuthSession?.length).toBeGreaterThan(0); // the session of this very request
    for (const name of ['Contact', 'Deal', 'Note', 'EmailMessage', 'ChatMessage', 'Task']) expect(doc.entities[name]).toBeUndefined();
  });

  it('serves CSV and the portable subset', async () => {
    const csv = await s.as('owner@demo.test').get('/me/privacy/export?format=csv').expect(200).expect('Content-Type', /text\/csv/);
    expect(csv.text.split('\r\n')[0]).toBe('entity,record_id,field,value,category,purpose,legal_basis,source,retention,recipients');
    expect(csv.text).toContain(',email,owner@demo.test,user.contact.email,');
    const portable = (await s.as('owner@demo.test').get('/me/privacy/export?scope=portability').expect(200)).body as SubjectExport;
    const values = Object.values(portable.entities).flatMap((rs) => rs.flatMap((r) => Object.values(r.fields)));
    expect(values.every((v) => v.source === 'provided')).toBe(true);
    expect(portable.entities.User[0].fields.emailValidity).toBeUndefined(); // from a third party
  });

  it('needs a valid token and answers 400 for an unsupported format', async () => {
    await request(s.app.getHttpServer()).get('/me/privacy/export').expect(401);
    await s.as('owner@demo.test').get('/me/privacy/export?format=pdf').expect(400);
  });
});
