import { AuditBuffer } from '@lawful/nestjs';
import { scanForIdentifiers } from '../../../testing/identifier-scan.fixture';
import { type SeededApp, startSeededApp } from '../../../testing/seeded-app.fixture';
import { plantContact } from './planted-contact.fixture';

describe('contact erasure: the no-trace scan over every annotated table', () => {
  let s: SeededApp;

  beforeAll(async () => (s = await startSeededApp()));
  afterAll(() => s?.close());

  it('after erasure no id, email, name or phone number of the contact remains in any table, except in fields under a legal hold', async () => {
    const planted = await plantContact(s.dataSource, s.demo);
    const admin = s.as('admin@demo.test');
    await s.as('admin@demo.test', 'service.crm').get(`/workspaces/${s.demo}/contacts/${planted.id}`).expect(200); // the access audit records the read
    await admin.get(`/workspaces/${s.demo}/subjects/${planted.id}/export?format=json`).expect(200);
    const requests = `/workspaces/${s.demo}/subjects/requests`;
    const request = (await admin.post(requests, { right: 'erasure', jurisdiction: 'gdpr', contactId: planted.id, requesterEmail: planted.identifiers[1], details: `Erase ${planted.identifiers[2]} ${planted.identifiers[3]}` }).expect(201)).body;
    await admin.post(`${requests}/${request.id}/verify`, { verified: true, method: 'email_confirmation' }).expect(200);
    await s.app.get(AuditBuffer).flush();

    const before = await scanForIdentifiers(s.dataSource, planted.identifiers);
    expect(new Set(before.map((h) => h.entity))).toEqual(new Set(['AccessAuditRecord', 'ChatMessage', 'ChatThread', 'Contact', 'CustomFieldValue', 'Deal', 'EmailMessage', 'FileAttachment', 'LeadScore', 'ContactConsent', 'ContactObjection', 'ContactTag', 'Note', 'NoteContact', 'SubjectRequest', 'Task']));

    await admin.post(`/workspaces/${s.demo}/subjects/${planted.id}/erasure`, { requestId: request.id }).expect(201);
    await s.app.get(AuditBuffer).flush();
    const after = await scanForIdentifiers(s.dataSource, planted.identifiers);
    expect(after.filter((h) => !h.held)).toEqual([]);
    expect([...new Set(after.map((h) => `${h.entity}.${h.property}`))].sort()).toEqual(['AccessAuditRecord.subjectIds', 'SubjectRequest.details', 'SubjectRequest.requesterEmail']);
  });
});
