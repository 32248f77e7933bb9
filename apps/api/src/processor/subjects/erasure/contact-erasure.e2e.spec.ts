import { createHash, randomUUID } from 'node:crypto';
import { getMetadataStorage } from '@lawful/annotations';
import { AuditBuffer, readSubjectRecords } from '@lawful/nestjs';
import { subjectGraph } from '@lawful/rights';
import { type SeededApp, startSeededApp } from '../../../testing/seeded-app.fixture';
import { AccessAuditRecord } from '../../audit/access-audit-record.entity';
import { Contact } from '../../crm/contact.entity';
import { type PlantedContact, plantContact } from './planted-contact.fixture';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('contact erasure (processor data: owners/admins erase a CRM contact of their workspace)', () => {
  let s: SeededApp;
  const erasure = (id: string, workspace = s.demo) => `/workspaces/${workspace}/subjects/${id}/erasure`;
  const row = async (table: string, id: string) => ((await s.dataSource.query(`SELECT to_jsonb(t) AS r FROM ${table} t WHERE id = $1`, [id])) as { r: Record<string, unknown> }[])[0]?.r;
  const rowsOf = (contactId: string) => readSubjectRecords(s.dataSource.manager, subjectGraph(getMetadataStorage(), Contact), contactId, { storage: getMetadataStorage(), workspaceId: s.demo });
  const steps = (body: { steps: { entity: string; action: string; rows: object }[] }) => Object.fromEntries(body.steps.filter((x) => Object.values(x.rows).some((n) => n > 0)).map((x) => [x.entity, [x.action, x.rows]]));

  beforeAll(async () => (s = await startSeededApp()));
  afterAll(() => s?.close());

  it('dry run: the plan with row counts per step and outcome, and why; nothing changes', async () => {
    const planted = await plantContact(s.dataSource, s.demo);
    const before = await rowsOf(planted.id);
    const res = await s.as('admin@demo.test').get(erasure(planted.id)).expect(200);
    expect(res.body.subject).toEqual({ type: 'crm_contact', entity: 'Contact' });
    expect(res.body.blockedBy).toBeNull();
    expect(steps(res.body)).toEqual({
      ChatMessage: ['delete', { deleted: 1, anonymized: 1, retained: 0 }],
      ChatThread: ['delete', { deleted: 1, anonymized: 0, retained: 0 }],
      EmailMessage: ['anonymize', { deleted: 0, anonymized: 2, retained: 0 }],
      ContactTag: ['delete', { deleted: 1, anonymized: 0, retained: 0 }],
      CustomFieldValue: ['delete', { deleted: 1, anonymized: 0, retained: 0 }],
      Deal: ['delete', { deleted: 1, anonymized: 0, retained: 0 }],
      Note: ['anonymize', { deleted: 1, anonymized: 1, retained: 0 }],
      NoteContact: ['anonymize', { deleted: 2, anonymized: 0, retained: 0 }],
      Task: ['anonymize', { deleted: 0, anonymized: 1, retained: 0 }],
      FileAttachment: ['delete', { deleted: 1, anonymized: 0, retained: 0 }],
      LeadScore: ['delete', { deleted: 1, anonymized: 0, retained: 0 }],
      ContactConsent: ['delete', { deleted: 1, anonymized: 0, retained: 0 }],
      ContactObjection: ['delete', { deleted: 1, anonymized: 0, retained: 0 }],
      Contact: ['delete', { deleted: 1, anonymized: 0, retained: 0 }],
    });
    expect(res.body.steps.find((x: { entity: string }) => x.entity === 'EmailMessage').reason).toContain('kept, the link to this subject removed');
    expect(await rowsOf(planted.id)).toEqual(before);
  });

  it('execute: deletes, anonymizes and keeps as planned in one transaction; the certificate says what and why, is stored and audited', async () => {
    const planted = await plantContact(s.dataSource, s.demo);
    const dry = (await s.as('owner@demo.test').get(erasure(planted.id)).expect(200)).body;
    const res = await s.as('owner@demo.test').post(erasure(planted.id), {}).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), subject: { type: 'crm_contact', entity: 'Contact' }, executedAt: expect.any(String), requestId: null, steps: dry.steps });
    expect(JSON.stringify(res.body)).not.toMatch(new RegExp(planted.identifiers.map((x) => x.replace(/[+]/g, '\\+')).join('|')));
    await expectErased(planted);
    expect((await s.as('admin@demo.test').get(`/workspaces/${s.demo}/erasure-certificates/${res.body.id}`).expect(200)).body).toEqual(res.body);
    await s.as('admin@demo.test').get(erasure(planted.id)).expect(404);
    await s.app.get(AuditBuffer).flush();
    const audit = await s.dataSource.getRepository(AccessAuditRecord).createQueryBuilder('a').where(':id = ANY(a.subjectIds)', { id: planted.id }).andWhere("a.action IN ('delete', 'update')").getMany();
    expect(audit.map((a) => `${a.entity}:${a.action}`).sort()).toEqual(expect.arrayContaining(['Contact:delete', 'Deal:delete', 'EmailMessage:update', 'Note:delete', 'Note:update', 'NoteContact:delete']));
    expect(audit.every((a) => a.purpose === 'compliance.subject_rights' && a.workspaceId === s.demo)).toBe(true);
  });

  async function expectErased(planted: PlantedContact): Promise<void> {
    const { rows } = planted;
    for (const [table, id] of [['contacts', planted.id], ['notes', rows.aloneNote], ['chat_threads', rows.thread], ['chat_messages', rows.ownMessage], ['deals', rows.deal]]) expect(await row(table, id)).toBeUndefined();
    expect(await row('tasks', rows.task)).toEqual(expect.objectContaining({ title: '[erased]', description: null, contact_id: null })); // kept in its project, unlinked
    expect(await row('notes', rows.sharedNote)).toMatchObject({ body: '[erased]' });
    expect(await s.dataSource.query('SELECT contact_id FROM note_contacts WHERE note_id = $1', [rows.sharedNote])).toEqual([{ contact_id: planted.other }]);
    expect(await row('contacts', planted.other)).toBeDefined();
    const [, email] = planted.identifiers;
    expect(await row('email_messages', rows.emailFrom)).toMatchObject({ contact_id: null, from_address: sha256(email), to_addresses: [], cc_addresses: [], subject: null, body_text: null });
    expect(await row('email_messages', rows.emailTo)).toMatchObject({ contact_id: null, from_address: sha256('member@demo.test'), to_addresses: [], cc_addresses: [] });
    expect(await row('chat_messages', rows.messageInOtherThread)).toMatchObject({ sender_contact_id: null, body: '[erased]', intent: null });
    expect(await s.dataSource.query('SELECT body FROM chat_messages WHERE sender_contact_id = $1', [planted.other])).toEqual([{ body: 'Hello' }]);
    for (const table of ['contact_consents', 'contact_objections', 'lead_scores', 'contact_tags', 'custom_field_values', 'file_attachments']) {
      expect(await s.dataSource.query(`SELECT 1 FROM ${table} WHERE contact_id = $1`, [planted.id])).toEqual([]);
    }
  }

  it('completes the erasure request it answers in the same transaction; the request is kept under its legal hold, restricted, unlinked', async () => {
    const planted = await plantContact(s.dataSource, s.demo);
    const admin = s.as('admin@demo.test');
    const requests = `/workspaces/${s.demo}/subjects/requests`;
    const request = (await admin.post(requests, { right: 'erasure', jurisdiction: 'gdpr', contactId: planted.id, requesterEmail: planted.identifiers[1], details: `Please erase ${planted.identifiers[2]}` }).expect(201)).body;
    await admin.post(erasure(planted.id), { requestId: request.id }).expect(409); // identity not verified yet: nothing erased
    expect(await row('contacts', planted.id)).toBeDefined();
    await admin.post(`${requests}/${request.id}/verify`, { verified: true, method: 'known_contact_details' }).expect(200);
    const certificate = (await admin.post(erasure(planted.id), { requestId: request.id }).expect(201)).body;
    expect(certificate.requestId).toBe(request.id);
    expect(certificate.steps.find((x: { entity: string }) => x.entity === 'SubjectRequest')).toMatchObject({ action: 'retain', rows: { deleted: 0, anonymized: 0, retained: 1 } });
    expect((await admin.get(`${requests}/${request.id}`).expect(200)).body).toMatchObject({ status: 'completed', outcome: 'partially_fulfilled', contactId: null });
    const restrictions = await s.dataSource.query('SELECT entity, record_id, held_fields, certificate_id, workspace_id FROM erasure_restrictions WHERE certificate_id = $1', [certificate.id]);
    expect(restrictions).toEqual([{ entity: 'SubjectRequest', record_id: request.id, held_fields: ['right', 'jurisdiction', 'extensions', 'requesterEmail', 'details'], certificate_id: certificate.id, workspace_id: s.demo }]);
  });

  it('is all or nothing: a failure injected in the last step answers 500 and leaves every row of the subject as it was', async () => {
    const planted = await plantContact(s.dataSource, s.demo);
    const before = await rowsOf(planted.id);
    const certificates = await s.dataSource.query('SELECT count(*)::int AS n FROM erasure_certificates');
    expect(before.reduce((n, r) => n + r.rows.length, 0)).toBeGreaterThan(15);
    await s.dataSource.query(`CREATE FUNCTION erasure_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await s.dataSource.query('CREATE TRIGGER erasure_test_fail BEFORE DELETE ON contacts FOR EACH ROW EXECUTE FUNCTION erasure_test_fail()');
    try {
      const res = await s.as('admin@demo.test').post(erasure(planted.id), {}).expect(500);
      expect(res.body).toMatchObject({ statusCode: 500 });
    } finally {
      await s.dataSource.query('DROP FUNCTION erasure_test_fail() CASCADE');
    }
    expect(await rowsOf(planted.id)).toEqual(before);
    expect(await s.dataSource.query('SELECT count(*)::int AS n FROM erasure_certificates')).toEqual(certificates);
  });

  it('bad input: unknown or other workspace’s contact 404, malformed ids 404, unknown body fields and malformed requestId 400, members and viewers 403', async () => {
    const planted = await plantContact(s.dataSource, s.demo);
    const otherContact = (await s.dataSource.getRepository(Contact).findOneByOrFail({ workspaceId: s.other })).id;
    const admin = s.as('admin@demo.test');
    for (const id of [randomUUID(), otherContact, 'not-a-uuid']) {
      await admin.get(erasure(id)).expect(404);
      await admin.post(erasure(id), {}).expect(404);
    }
    await s.as('owner@other.test').get(erasure(planted.id)).expect(404);
    await s.as('owner@other.test').post(erasure(planted.id, s.other), {}).expect(404);
    expect((await admin.post(erasure(planted.id), { requestId: 'nope' }).expect(400)).body.message).toEqual(['requestId must be the id of one of the workspace’s erasure requests (a UUID)']);
    await admin.post(erasure(planted.id), { force: true }).expect(400);
    await admin.post(erasure(planted.id), { requestId: randomUUID() }).expect(404);
    for (const who of ['member@demo.test', 'viewer@demo.test'] as const) {
      await s.as(who).get(erasure(planted.id)).expect(403);
      await s.as(who).post(erasure(planted.id), {}).expect(403);
    }
    await admin.get(`/workspaces/${s.demo}/erasure-certificates/${randomUUID()}`).expect(404);
    await admin.get(`/workspaces/${s.demo}/erasure-certificates/not-a-uuid`).expect(404);
    expect(await row('contacts', planted.id)).toBeDefined();
  });
});
