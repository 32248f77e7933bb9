import { randomUUID } from 'node:crypto';
import { AuditBuffer, type LawfulContext } from '@lawful/nestjs';
import { NO_RESTRICTIONS, PolicyAbilityFactory } from '@lawful/policy';
import { DATA_SUBJECT_RIGHTS } from '@lawful/rights';
import { ConflictException } from '@nestjs/common';
import request from 'supertest';
import { User } from '../../../controller/accounts/user.entity';
import { type SeededApp, startSeededApp } from '../../../testing/seeded-app.fixture';
import { Contact } from '../../crm/contact.entity';
import { SubjectRequestsService } from './subject-requests.service';

type View = { id: string; status: string; identity: { state: string }; history: { step: string; fromStatus: string | null; toStatus: string; actorUserId: string | null; note: string }[] };

describe('workspace data-subject requests (processor data: /workspaces/:id/subjects/requests)', () => {
  let s: SeededApp;
  let base: string;
  let admin: string;
  let contact: Contact;
  const recent = () => new Date(Date.now() - 86_400_000).toISOString();
  const create = (body: object, who: 'admin@demo.test' | 'owner@demo.test' = 'admin@demo.test') => s.as(who).post(base, body);
  const step = (id: string, action: string, body: object = {}) => s.as('owner@demo.test').post(`${base}/${id}/${action}`, body);

  beforeAll(async () => {
    s = await startSeededApp();
    base = `/workspaces/${s.demo}/subjects/requests`;
    admin = (await s.dataSource.getRepository(User).findOneByOrFail({ email: 'admin@demo.test' })).id;
    contact = await s.dataSource.getRepository(Contact).findOneOrFail({ where: { workspaceId: s.demo }, order: { id: 'ASC' } });
  });
  afterAll(() => s?.close());

  it.each(DATA_SUBJECT_RIGHTS)('records a %s request: received, identity pending, one history row by the recording admin', async (right) => {
    const res = await create({ right, jurisdiction: 'gdpr', receivedAt: '2024-01-31T10:00:00Z', requesterEmail: 'Ann@Example.test', details: 'by letter' }).expect(201);
    expect(res.body).toMatchObject({
      right, jurisdiction: 'gdpr', status: 'received', origin: 'recorded_by_workspace', receivedAt: '2024-01-31T10:00:00.000Z', acknowledgedAt: null,
      identity: { state: 'pending', method: null, verifiedAt: null }, deadlines: { respondBy: '2024-02-29', maxRespondBy: '2024-04-30' }, extensions: [],
      classification: 'overdue', contactId: null, requesterEmail: 'Ann@Example.test', details: 'by letter', recordedByUserId: admin,
    });
    expect(res.body.history).toEqual([{ step: 'received', fromStatus: null, toStatus: 'received', at: expect.any(String), actorUserId: admin, note: 'recorded by the workspace' }]);
    expect((await s.as('owner@demo.test').get(`${base}/${res.body.id}`).expect(200)).body).toEqual({ ...res.body, nextDeadline: expect.any(Object) });
  });

  it('walks the workflow; illegal steps answer 409 saying why; the history is complete and holds no personal data', async () => {
    const { id } = (await create({ right: 'erasure', jurisdiction: 'ccpa', receivedAt: recent(), contactId: contact.id, requesterEmail: 'secret@example.test', details: 'secret details' }).expect(201)).body as View;
    const unverified = await step(id, 'complete', { outcome: 'fulfilled' }).expect(409);
    expect(unverified.body).toMatchObject({ statusCode: 409, message: 'The identity of the requester is not verified yet: verify it first, or reject the request', status: 'received', identityState: 'pending' });
    expect((await step(id, 'verify', { verified: false, method: 'id_document' }).expect(200)).body).toMatchObject({ status: 'received', identity: { state: 'failed', method: 'id_document' } });
    expect((await step(id, 'verify', { verified: true, method: 'email_confirmation' }).expect(200)).body).toMatchObject({ status: 'in_progress', identity: { state: 'verified', method: 'email_confirmation' } });
    expect((await step(id, 'verify', { verified: true, method: 'other' }).expect(409)).body.message).toBe('The identity is already verified');
    const acknowledged = (await step(id, 'acknowledge').expect(200)).body;
    expect(acknowledged.acknowledgedAt).toEqual(expect.any(String));
    expect(acknowledged.nextDeadline.kind).toBe('respond');
    expect((await step(id, 'acknowledge').expect(409)).body.message).toMatch(/^Receipt was already acknowledged on \d{4}-\d{2}-\d{2}$/);
    expect((await step(id, 'complete', { outcome: 'fulfilled' }).expect(200)).body).toMatchObject({ status: 'completed', outcome: 'fulfilled', classification: 'closed', nextDeadline: null });
    for (const [action, body] of [['reject', { reason: 'duplicate' }], ['extend', { days: 5, reason: 'volume' }], ['acknowledge', {}], ['complete', { outcome: 'fulfilled' }]] as const) {
      expect((await step(id, action, body).expect(409)).body.message).toMatch(/^The request is completed; a closed request cannot be/);
    }
    const { history } = (await s.as('admin@demo.test').get(`${base}/${id}`).expect(200)).body as View;
    expect(history.map((h) => [h.step, h.fromStatus, h.toStatus])).toEqual([
      ['received', null, 'received'], ['identity_failed', 'received', 'received'], ['identity_verified', 'received', 'in_progress'], ['acknowledged', 'in_progress', 'in_progress'], ['completed', 'in_progress', 'completed'],
    ]);
    expect(JSON.stringify(history)).not.toMatch(/secret/);
  });

  it('rejects an open request with a reason code; an unknown code is 400', async () => {
    const { id } = (await create({ right: 'objection', jurisdiction: 'uk_gdpr', receivedAt: recent() }).expect(201)).body as View;
    expect((await step(id, 'reject', { reason: 'because' }).expect(400)).body.message).toEqual([expect.stringMatching(/^reason must be one of: identity_not_verified, /)]);
    expect((await step(id, 'reject', { reason: 'manifestly_unfounded' }).expect(200)).body).toMatchObject({ status: 'rejected', rejectionReason: 'manifestly_unfounded', classification: 'closed' });
  });

  it('keeps the status history append-only: UPDATE, DELETE and TRUNCATE fail in the database', async () => {
    const { id } = (await create({ right: 'access', jurisdiction: 'pipeda', receivedAt: recent() }).expect(201)).body as View;
    const count = async () => (await s.dataSource.query(`SELECT count(*)::int AS n FROM subject_request_events WHERE request_id = $1`, [id]))[0].n as number;
    await expect(s.dataSource.query(`UPDATE subject_request_events SET note = 'edited' WHERE request_id = $1`, [id])).rejects.toThrow(/append-only: UPDATE rejected/);
    await expect(s.dataSource.query(`DELETE FROM subject_request_events WHERE request_id = $1`, [id])).rejects.toThrow(/append-only: DELETE rejected/);
    await expect(s.dataSource.query(`TRUNCATE subject_request_events`)).rejects.toThrow(/append-only: TRUNCATE rejected/);
    expect(await count()).toBe(1);
  });

  it("records reads and writes of a contact's request in the access audit, so the contact's access log shows them", async () => {
    const { id } = (await create({ right: 'access', jurisdiction: 'gdpr', receivedAt: recent(), contactId: contact.id }).expect(201)).body as View;
    await step(id, 'acknowledge').expect(200);
    await s.app.get(AuditBuffer).flush();
    const log = (await s.as('owner@demo.test').get(`/workspaces/${s.demo}/subjects/${contact.id}/access-log?pageSize=100`).expect(200)).body.items as { entity: string; action: string }[];
    expect(log.filter((e) => e.entity === 'SubjectRequest').map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'read', 'update']));
  });

  it('fulfil (for exports and erasures) completes only a verified request of the same right, inside the caller’s transaction', async () => {
    const { id } = (await create({ right: 'erasure', jurisdiction: 'gdpr', receivedAt: recent() }).expect(201)).body as View;
    await step(id, 'verify', { verified: true, method: 'known_contact_details' }).expect(200);
    const ability = s.app.get(PolicyAbilityFactory).build({ userId: admin, workspaceId: s.demo, role: 'admin', purpose: 'compliance.subject_rights', restrictions: NO_RESTRICTIONS });
    const ctx: LawfulContext = { ability, purpose: 'compliance.subject_rights', userId: admin, workspaceId: s.demo, role: 'admin' };
    const service = s.app.get(SubjectRequestsService);
    await expect(service.fulfil(ctx, id, { right: 'access', outcome: 'fulfilled' })).rejects.toThrow(ConflictException);
    const failed = s.dataSource.transaction(async (manager) => {
      await service.fulfil(ctx, id, { right: 'erasure', outcome: 'fulfilled' }, manager);
      throw new Error('the erasure failed after fulfilling');
    });
    await expect(failed).rejects.toThrow('the erasure failed after fulfilling');
    expect((await s.as('admin@demo.test').get(`${base}/${id}`).expect(200)).body).toMatchObject({ status: 'in_progress', history: [{ step: 'received' }, { step: 'identity_verified' }] });
    const done = await service.fulfil(ctx, id, { right: 'erasure', outcome: 'fulfilled' });
    expect(done).toMatchObject({ status: 'completed', outcome: 'fulfilled', history: [{}, {}, { step: 'completed', note: 'fulfilled by the erasure (fulfilled)', actorUserId: admin }] });
  });

  it('answers 400 for bad bodies and queries, naming what is wrong', async () => {
    const msg = async (body: object) => (await create(body).expect(400)).body.message as string[];
    expect(await msg({ right: 'forget_me', jurisdiction: 'gdpr' })).toEqual(['right must be one of: access, portability, rectification, erasure, restriction, objection, consent_withdrawal']);
    expect(await msg({ right: 'access', jurisdiction: 'mars' })).toEqual(['jurisdiction must be one of: gdpr, uk_gdpr, ccpa, pipeda, quebec_law25']);
    expect(await msg({ right: 'access', jurisdiction: 'gdpr', receivedAt: '2999-01-01T00:00:00Z' })).toEqual(['receivedAt must not be in the future: give when the request reached you']);
    expect(await msg({ right: 'access', jurisdiction: 'gdpr', receivedAt: 'last tuesday' })).toContain('receivedAt must be an ISO 8601 date-time, e.g. 2025-01-31T09:00:00Z');
    expect(await msg({ right: 'access', jurisdiction: 'gdpr', contactId: 'c-1' })).toEqual(['contactId must be the id (UUID) of a contact of this workspace']);
    expect(await msg({ right: 'access', jurisdiction: 'gdpr', owner: 'me' })).toEqual(['property owner should not exist']);
    await s.as('admin@demo.test').get(`${base}?status=lost`).expect(400);
    await s.as('admin@demo.test').get(`${base}?due=later`).expect(400);
    const { id } = (await create({ right: 'access', jurisdiction: 'gdpr', receivedAt: recent() }).expect(201)).body as View;
    expect((await step(id, 'verify', { verified: 'yes', method: 'telepathy' }).expect(400)).body.message).toEqual(['verified must be true or false', expect.stringMatching(/^method must be one of: authenticated_session, /)]);
    await step(id, 'complete', { outcome: 'done' }).expect(400);
  });

  it('answers 404 for unknown or malformed ids and other workspaces, 403 for members and viewers, 401 without a token', async () => {
    const { id } = (await create({ right: 'access', jurisdiction: 'gdpr', receivedAt: recent() }).expect(201)).body as View;
    await s.as('admin@demo.test').get(`${base}/${randomUUID()}`).expect(404);
    await s.as('admin@demo.test').get(`${base}/not-a-uuid`).expect(404);
    await s.as('admin@demo.test').post(`${base}/${randomUUID()}/acknowledge`, {}).expect(404);
    const otherContact = await s.dataSource.getRepository(Contact).findOneByOrFail({ workspaceId: s.other });
    await create({ right: 'access', jurisdiction: 'gdpr', contactId: otherContact.id }).expect(404);
    await s.as('owner@other.test').get(`${base}/${id}`).expect(404);
    await s.as('owner@other.test').get(`/workspaces/${s.other}/subjects/requests/${id}`).expect(404);
    await s.as('owner@other.test').post(`/workspaces/${s.other}/subjects/requests/${id}/acknowledge`, {}).expect(404);
    expect((await s.as('owner@other.test').get(`/workspaces/${s.other}/subjects/requests`).expect(200)).body.items.map((r: View) => r.id)).not.toContain(id);
    for (const who of ['member@demo.test', 'viewer@demo.test'] as const) {
      expect((await s.as(who).get(base).expect(403)).body).toMatchObject({ allowedRoles: ['owner', 'admin'] });
      await s.as(who).post(base, { right: 'access', jurisdiction: 'gdpr' }).expect(403);
      await s.as(who).post(`${base}/${id}/acknowledge`, {}).expect(403);
    }
    await request(s.app.getHttpServer()).get(base).expect(401);
    // the neighbouring …/subjects/:contactId routes still resolve as before
    await s.as('admin@demo.test').get(`/workspaces/${s.demo}/subjects/${contact.id}/access-log`).expect(200);
  });
});
