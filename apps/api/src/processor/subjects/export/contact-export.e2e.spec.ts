import { getMetadataStorage } from '@lawful/annotations';
import { AuditBuffer } from '@lawful/nestjs';
import { SUBJECT_EXPORT_CSV_HEADER, type SubjectExport, subjectGraph } from '@lawful/rights';
import { randomUUID } from 'node:crypto';
import { startSeededApp, type SeededApp } from '../../../testing/seeded-app.fixture';
import { Contact } from '../../crm/contact.entity';

describe(`contact export (access and portability) on ${process.env['DATABASE_URL'] ? 'PostgreSQL' : 'PGlite'}`, () => {
  let s: SeededApp;
  let contact: string;
  let otherContact: string;
  const path = (id: string, query = '', workspace = s.demo) => `/workspaces/${workspace}/subjects/${id}/export${query}`;

  beforeAll(async () => {
    s = await startSeededApp();
    // A Demo contact with a deal, a note (shared with a second contact), an email and a chat thread.
    const [row] = (await s.dataSource.query(
      `SELECT c.id FROM contacts c WHERE c.workspace_id = $1
         AND EXISTS (SELECT 1 FROM deals d WHERE d.contact_id = c.id) AND EXISTS (SELECT 1 FROM note_contacts n WHERE n.contact_id = c.id)
         AND EXISTS (SELECT 1 FROM email_messages e WHERE e.contact_id = c.id) AND EXISTS (SELECT 1 FROM chat_threads t WHERE t.contact_id = c.id)
       ORDER BY c.id LIMIT 1`,
      [s.demo],
    )) as { id: string }[];
    contact = row.id;
    otherContact = ((await s.dataSource.query('SELECT id FROM contacts WHERE workspace_id = $1 LIMIT 1', [s.other])) as { id: string }[])[0].id;
    await s.as('member@demo.test', 'service.crm').get(`/workspaces/${s.demo}/contacts/${contact}`).expect(200); // processing to show in the history
    await s.app.get(AuditBuffer).flush();
  }, 120_000);
  afterAll(() => s.close());

  it('exports everything reaching the contact, by entity, each value with its facts and the processing history', async () => {
    const res = await s.as('owner@demo.test').get(path(contact)).expect(200).expect('Content-Type', /json/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="crm_contact-access-\d{4}-\d{2}-\d{2}\.json"$/);
    const doc = res.body as SubjectExport;
    expect(doc.subject).toEqual({ type: 'crm_contact', entity: 'Contact', id: contact });
    const graphNames = subjectGraph(getMetadataStorage(), Contact).nodes.map((n) => n.name);
    expect(Object.keys(doc.entities).every((name) => graphNames.includes(name))).toBe(true);
    expect(Object.keys(doc.entities)).toEqual(expect.arrayContaining(['Contact', 'Deal', 'Note', 'EmailMessage', 'ChatMessage']));
    const db = await s.dataSource.getRepository(Contact).findOneByOrFail({ id: contact });
    expect(doc.entities.Contact[0].fields.firstName).toEqual({
      value: db.firstName,
      category: { key: 'user.name.first', name: expect.any(String) },
      purposes: [
        { key: 'service.crm', name: 'CRM', legalBasis: 'contract' },
        { key: 'support', name: 'Customer support', legalBasis: 'legitimate_interests' },
        { key: 'service.communications.campaigns', name: 'Email campaigns to CRM contacts', legalBasis: 'consent' },
      ],
      source: 'provided',
      retention: expect.objectContaining({ key: 'workspace_data', period: expect.any(String) }),
      recipients: [],
    });
    expect(doc.entities.Contact[0].fields.lifecycleStage.recipients.map((r) => r.key)).toEqual(['anthropic', 'groq']);
    const notes = (await s.dataSource.query('SELECT n.id, n.body FROM notes n JOIN note_contacts l ON l.note_id = n.id WHERE l.contact_id = $1 ORDER BY n.id', [contact])) as { id: string; body: string }[];
    expect(doc.entities.Note.map((n) => [n.id, n.fields.body.value])).toEqual(notes.map((n) => [n.id, n.body]));
    const deals = (await s.dataSource.query('SELECT id FROM deals WHERE contact_id = $1 ORDER BY id', [contact])) as { id: string }[];
    expect(doc.entities.Deal.map((d) => d.id)).toEqual(deals.map((d) => d.id));
    expect(doc.processingHistory).toEqual(expect.arrayContaining([expect.objectContaining({ entity: 'Contact', action: 'read', purpose: expect.objectContaining({ id: 'service.crm', legalBases: ['contract'] }) })]));
  });

  it('serves CSV with one row per value of the JSON export', async () => {
    const json = (await s.as('admin@demo.test').get(path(contact)).expect(200)).body as SubjectExport;
    const res = await s.as('admin@demo.test').get(path(contact, '?format=csv')).expect(200).expect('Content-Type', /text\/csv/);
    const rows = res.text.split('\r\n').filter((l) => l !== '');
    expect(rows[0]).toBe(SUBJECT_EXPORT_CSV_HEADER.join(','));
    const values = Object.values(json.entities).flat().reduce((n, r) => n + Object.keys(r.fields).length, 0);
    expect(res.text.match(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/g)).toHaveLength(1 + values);
    const first = json.entities.Contact[0].fields.firstName.value as string;
    expect(rows.find((r) => r.startsWith(`Contact,${contact},firstName,`))).toMatch(
      new RegExp(`^Contact,${contact},firstName,${first},user\\.name\\.first,service\\.crm; support; service\\.communications\\.campaigns,contract; legitimate_interests; consent,provided,workspace_data \\(P`),
    );
  });

  it('limits portability to provided data processed under consent or contract, nothing derived or inferred', async () => {
    const doc = (await s.as('owner@demo.test').get(path(contact, '?scope=portability')).expect(200)).body as SubjectExport;
    expect(doc.scope).toBe('portability');
    const values = Object.values(doc.entities).flatMap((records) => records.flatMap((r) => Object.values(r.fields)));
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) {
      expect(v.source).toBe('provided');
      expect(v.purposes.some((p) => p.legalBasis === 'consent' || p.legalBasis === 'contract')).toBe(true);
      expect(v.category.key.startsWith('user.inferred')).toBe(false);
    }
    expect(doc.entities.Contact[0].fields.lastContactedAt).toBeUndefined(); // derived
    expect(Object.values(doc.entities.ChatMessage ?? []).every((m) => m.fields.intent === undefined)).toBe(true); // inferred
  });

  it('records the export in the access audit under compliance.subject_rights', async () => {
    await s.as('owner@demo.test').get(path(contact)).expect(200);
    await s.app.get(AuditBuffer).flush();
    const rows = (await s.dataSource.query(
      `SELECT entity FROM access_audit_records WHERE workspace_id = $1 AND purpose = 'compliance.subject_rights' AND subject_ids @> ARRAY[$2]::uuid[] AND action = 'read'`,
      [s.demo, contact],
    )) as { entity: string }[];
    expect(rows.map((r) => r.entity)).toEqual(expect.arrayContaining(['Contact', 'Deal', 'Note']));
  });

  it('answers 400 for an unsupported format or scope, 404 for unknown, malformed or foreign contacts, 403 for members', async () => {
    const bad = await s.as('owner@demo.test').get(path(contact, '?format=xml')).expect(400);
    expect(JSON.stringify(bad.body)).toContain('format must be one of: json, csv');
    await s.as('owner@demo.test').get(path(contact, '?scope=everything')).expect(400);
    await s.as('owner@demo.test').get(path(randomUUID())).expect(404);
    await s.as('owner@demo.test').get(path('not-a-uuid')).expect(404);
    await s.as('owner@demo.test').get(path(otherContact)).expect(404);
    await s.as('owner@other.test').get(path(contact, '', s.other)).expect(404);
    await s.as('owner@other.test').get(path(contact)).expect(404);
    await s.as('member@demo.test').get(path(contact)).expect(403);
    await s.as('viewer@demo.test').get(path(contact)).expect(403);
  });
});
