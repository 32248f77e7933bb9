import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type DemoLogin, type SeededApp, startSeededApp } from '../../testing/seeded-app.fixture';
import { Contact } from '../crm/contact.entity';

const CAMPAIGNS = 'service.communications.campaigns';

describe('contact consent, objections and restriction (purpose compliance.subject_rights)', () => {
  let s: SeededApp;
  let demo: string;
  let otherContact: string;
  let c: string[];
  const as = (who: DemoLogin, purpose?: string) => s.as(who, purpose);
  const subject = (id: string) => `/workspaces/${demo}/subjects/${id}`;
  const contact = (id: string, purpose = 'service.crm') => as('member@demo.test', purpose).get(`/workspaces/${demo}/contacts/${id}`);
  const total = async (purpose = 'service.crm') => (await as('member@demo.test', purpose).get(`/workspaces/${demo}/contacts?pageSize=100`).expect(200)).body.total as number;

  beforeAll(async () => {
    s = await startSeededApp();
    demo = s.demo;
    const contacts = s.dataSource.getRepository(Contact);
    otherContact = (await contacts.findOneByOrFail({ workspaceId: s.other })).id;
    c = (await contacts.find({ where: { workspaceId: demo }, order: { id: 'ASC' }, take: 3 })).map((x) => x.id);
  });
  afterAll(() => s?.close());

  it('restriction: the contact leaves lists and gets 404 under every purpose until lifted', async () => {
    const before = await total();
    await contact(c[0]).expect(200);
    await as('member@demo.test').post(`${subject(c[0])}/restriction`, { reason: 'accuracy_contested' }).expect(403);
    await as('admin@demo.test').post(`${subject(c[0])}/restriction`, { reason: 'because' }).expect(400);
    expect((await as('admin@demo.test').post(`${subject(c[0])}/restriction`, { reason: 'accuracy_contested' }).expect(201)).body).toMatchObject({ contactId: c[0], reason: 'accuracy_contested', liftedAt: null });
    await as('owner@demo.test').post(`${subject(c[0])}/restriction`, { reason: 'legal_claims' }).expect(409);
    expect(await total()).toBe(before - 1);
    await contact(c[0]).expect(404);
    await contact(c[0], 'support').expect(404);
    await as('admin@demo.test').delete(`${subject(c[0])}/restriction`).expect(204);
    await as('admin@demo.test').delete(`${subject(c[0])}/restriction`).expect(404);
    await contact(c[0]).expect(200);
    expect(await total()).toBe(before);
  });

  it('objection: the contact is withheld only under the legitimate-interest purpose objected to, until withdrawn', async () => {
    const before = await total('enrichment');
    const bad = await as('admin@demo.test').post(`${subject(c[1])}/objections`, { purpose: 'service.crm' }).expect(400);
    expect(bad.body.allowedPurposes).toEqual(expect.arrayContaining(['enrichment', 'support', 'ai.lead_scoring']));
    await as('admin@demo.test').post(`${subject(c[1])}/objections`, { purpose: 'no.such_purpose' }).expect(400);
    await as('admin@demo.test').post(`${subject(c[1])}/objections`, { purpose: 'enrichment' }).expect(201);
    await as('admin@demo.test').post(`${subject(c[1])}/objections`, { purpose: 'enrichment' }).expect(409);
    await contact(c[1], 'enrichment').expect(404);
    expect(await total('enrichment')).toBe(before - 1);
    await contact(c[1], 'support').expect(200);
    await contact(c[1], 'service.crm').expect(200);
    await as('admin@demo.test').delete(`${subject(c[1])}/objections/support`).expect(404);
    await as('admin@demo.test').delete(`${subject(c[1])}/objections/enrichment`).expect(204);
    await contact(c[1], 'enrichment').expect(200);
  });

  it('consent: a consent-based purpose sees only contacts whose latest record grants it', async () => {
    expect(await total(CAMPAIGNS)).toBe(0);
    await contact(c[2], CAMPAIGNS).expect(404);
    await as('admin@demo.test').post(`${subject(c[2])}/consents`, { purpose: 'service.crm', granted: true, method: 'web_form' }).expect(400);
    await as('admin@demo.test').post(`${subject(c[2])}/consents`, { purpose: CAMPAIGNS, granted: true, method: 'pigeon' }).expect(400);
    const granted = await as('admin@demo.test').post(`${subject(c[2])}/consents`, { purpose: CAMPAIGNS, granted: true, method: 'web_form' }).expect(201);
    expect(granted.body).toMatchObject({ contactId: c[2], purpose: CAMPAIGNS, granted: true, method: 'web_form' });
    const list = await as('member@demo.test', CAMPAIGNS).get(`/workspaces/${demo}/contacts?pageSize=100`).expect(200);
    expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([c[2]]);
    await as('owner@demo.test').post(`${subject(c[2])}/consents`, { purpose: CAMPAIGNS, granted: false, method: 'email' }).expect(201);
    expect(await total(CAMPAIGNS)).toBe(0);
    await contact(c[2], 'service.crm').expect(200);
  });

  it('answers 404 for unknown contacts and for other workspaces, 401 without a token', async () => {
    await as('admin@demo.test').post(`${subject(randomUUID())}/restriction`, { reason: 'legal_claims' }).expect(404);
    await as('admin@demo.test').post(`${subject('not-a-uuid')}/restriction`, { reason: 'legal_claims' }).expect(404);
    await as('admin@demo.test').post(`${subject(otherContact)}/objections`, { purpose: 'enrichment' }).expect(404);
    await as('owner@other.test').post(`${subject(c[0])}/restriction`, { reason: 'legal_claims' }).expect(404);
    await request(s.app.getHttpServer()).post(`${subject(c[0])}/restriction`).send({ reason: 'legal_claims' }).expect(401);
  });
});
