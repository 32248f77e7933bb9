import { AuditBuffer } from '@lawful/nestjs';
import request from 'supertest';
import { Contact } from '../../processor/crm/contact.entity';
import { type SeededApp, startSeededApp } from '../../testing/seeded-app.fixture';

type Routed = { id: string; right: string; status: string; origin: string; contactId: string | null; requesterEmail: string; identity: { state: string }; history: { step: string; actorUserId: string | null }[] };

describe('public intake POST /privacy/requests: routes requests about CRM data to the workspaces, reveals nothing', () => {
  let s: SeededApp;
  let contact: Contact;
  const intake = (body: object) => request(s.app.getHttpServer()).post('/privacy/requests').send(body);
  const list = async (who: 'admin@demo.test' | 'owner@other.test', workspace: string) =>
    (await s.as(who).get(`/workspaces/${workspace}/subjects/requests?pageSize=100`).expect(200)).body.items as Routed[];
  const counts = async () => (await s.dataSource.query(`SELECT (SELECT count(*) FROM subject_requests)::int AS w, (SELECT count(*) FROM account_privacy_requests)::int AS a, (SELECT count(*) FROM subject_request_events)::int AS e`))[0];

  beforeAll(async () => {
    s = await startSeededApp();
    contact = await s.dataSource.getRepository(Contact).createQueryBuilder('c').where('c.workspaceId = :w AND c.email IS NOT NULL', { w: s.demo }).orderBy('c.id').getOneOrFail();
  });
  afterAll(() => s?.close());

  it('a request for a Demo contact’s email lands in Demo’s list for its owners/admins (routed, identity pending), not in Other’s', async () => {
    const res = await intake({ email: contact.email?.toUpperCase(), right: 'erasure', jurisdiction: 'gdpr', details: 'Delete me' }).expect(202);
    expect(res.body).toEqual({ reference: expect.stringMatching(/^[0-9a-f-]{36}$/), status: 'received', message: expect.stringContaining('forwarded to that workspace') });
    const routed = (await list('admin@demo.test', s.demo)).filter((r) => r.origin === 'routed_by_platform');
    expect(routed).toEqual([expect.objectContaining({ right: 'erasure', status: 'received', contactId: contact.id, requesterEmail: contact.email, identity: expect.objectContaining({ state: 'pending' }), details: 'Delete me' })]);
    const detail = (await s.as('owner@demo.test').get(`/workspaces/${s.demo}/subjects/requests/${routed[0].id}`).expect(200)).body as Routed;
    expect(detail.history).toEqual([expect.objectContaining({ step: 'received', actorUserId: null, note: expect.stringContaining('routed by the platform') })]);
    expect(await list('owner@other.test', s.other)).toEqual([]);
    await s.as('member@demo.test').get(`/workspaces/${s.demo}/subjects/requests`).expect(403);
    await s.app.get(AuditBuffer).flush();
    const log = (await s.as('owner@demo.test').get(`/workspaces/${s.demo}/subjects/${contact.id}/access-log?pageSize=100`).expect(200)).body.items as { entity: string; action: string; actorId: string | null; fields: string[] }[];
    expect(log).toEqual(expect.arrayContaining([expect.objectContaining({ entity: 'Contact', action: 'read', actorId: null, fields: ['email'] }), expect.objectContaining({ entity: 'SubjectRequest', action: 'create', actorId: null })]));
  });

  it('routes to every workspace holding the email, or only to the named one', async () => {
    const { id: _id, ...fields } = contact;
    const copy = await s.dataSource.getRepository(Contact).save({ ...fields, workspaceId: s.other, companyId: null, ownerUserId: null });
    await intake({ email: contact.email, right: 'access', jurisdiction: 'ccpa' }).expect(202);
    expect((await list('owner@other.test', s.other)).map((r) => [r.right, r.contactId])).toEqual([['access', copy.id]]);
    expect((await list('admin@demo.test', s.demo)).filter((r) => r.right === 'access' && r.origin === 'routed_by_platform')).toHaveLength(1);
    await intake({ email: contact.email, right: 'rectification', jurisdiction: 'pipeda', workspace: 'other' }).expect(202);
    expect((await list('owner@other.test', s.other)).map((r) => r.right).sort()).toEqual(['access', 'rectification']);
    expect((await list('admin@demo.test', s.demo)).map((r) => r.right)).not.toContain('rectification');
  });

  it('records a controller request (identity pending) for an account holder’s email, which the holder confirms signed in', async () => {
    await intake({ email: 'Viewer@Demo.test', right: 'access', jurisdiction: 'uk_gdpr' }).expect(202);
    const mine = (await s.as('viewer@demo.test').get('/me/privacy/requests').expect(200)).body.items as Routed[];
    expect(mine).toEqual([expect.objectContaining({ right: 'access', origin: 'public_intake', status: 'received', identity: expect.objectContaining({ state: 'pending' }) })]);
    expect((await s.as('owner@demo.test').get('/me/privacy/requests').expect(200)).body.items).toEqual([]);
    const confirmed = (await s.as('viewer@demo.test').post(`/me/privacy/requests/${mine[0].id}/confirm`, {}).expect(200)).body;
    expect(confirmed).toMatchObject({ status: 'in_progress', identity: { state: 'verified', method: 'authenticated_session' } });
    expect(confirmed.history.map((h: { step: string; actorUserId: string | null }) => [h.step, h.actorUserId === null])).toEqual([['received', true], ['identity_verified', false]]);
  });

  it('answers an unknown email exactly as a known one (status, body shape, length) and records nothing', async () => {
    const before = await counts();
    const unknown = await intake({ email: 'nobody@nowhere.example', right: 'access', jurisdiction: 'gdpr' }).expect(202);
    expect(await counts()).toEqual(before);
    const known = await intake({ email: 'owner@demo.test', right: 'access', jurisdiction: 'gdpr' }).expect(202);
    const shape = (r: request.Response) => ({ ...r.body, reference: 'x' });
    expect(shape(unknown)).toEqual(shape(known));
    expect(unknown.headers['content-length']).toBe(known.headers['content-length']);
    expect(unknown.body.reference).not.toBe(known.body.reference);
    expect(JSON.stringify(unknown.body)).not.toContain('nobody');
  });

  it('answers 400 for bad input and 429 after 5 submissions per client and email in 15 minutes', async () => {
    expect((await intake({ email: 'not-an-email', right: 'access', jurisdiction: 'gdpr' }).expect(400)).body.message).toEqual(['email must be an email address']);
    await intake({ email: 'a@b.example', right: 'nothing', jurisdiction: 'gdpr' }).expect(400);
    await intake({ email: 'a@b.example', right: 'access', jurisdiction: 'gdpr', workspace: 'Not A Slug' }).expect(400);
    for (let i = 0; i < 5; i++) await intake({ email: 'flood@b.example', right: 'access', jurisdiction: 'gdpr' }).expect(202);
    expect((await intake({ email: 'FLOOD@b.example', right: 'access', jurisdiction: 'gdpr' }).expect(429)).body).toMatchObject({ statusCode: 429, retryAfterSeconds: expect.any(Number) });
    await intake({ email: 'other@b.example', right: 'access', jurisdiction: 'gdpr' }).expect(202);
  });
});
