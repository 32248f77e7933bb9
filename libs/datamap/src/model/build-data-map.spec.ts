import { sampleModel } from '../testing/sample-model';

describe('buildDataMap', () => {
  it('lists every personal field with resolved subject, legal bases, source, role and location', () => {
    const { map } = sampleModel();
    expect(map.schemaVersion).toBe('1.0');
    expect(map.fields.map((f) => `${f.entity}.${f.property}`)).toEqual(['Account.email', 'Account.name', 'Account.lastIp', 'Lead.fullName', 'LeadNote.body']);
    const email = map.fields[0];
    expect(email).toMatchObject({
      table: 'accounts', column: 'email', category: 'user.contact.email', subject: 'customer', processingRole: 'controller',
      purposes: [{ id: 'service', legalBasis: 'contract' }, { id: 'marketing', legalBasis: 'consent' }],
      source: 'provided', retention: 'account', recipients: ['mailer'], erasure: { strategy: 'hash', replacement: null, legalHold: null },
    });
    expect(email.declaredAt).toEqual({ file: 'libs/datamap/src/testing/sample-model.ts', line: expect.any(Number) });
    expect(map.fields[1].source).toBe('third_party:google_oauth');
    expect(map.fields[3]).toMatchObject({ subject: 'lead', processingRole: 'processor', purposes: [{ id: 'service.crm', legalBasis: 'legitimate_interests' }] });
  });

  it('describes entities: subject, role, workspace key, ownership, annotated and unannotated columns', () => {
    const { map } = sampleModel();
    expect(map.entities.find((e) => e.name === 'LeadNote')).toMatchObject({
      table: 'lead_notes', processingRole: 'processor', workspaceKey: 'workspaceId', subject: null,
      owners: [{ property: 'leadId', owner: 'Lead', shared: true }], personalFields: ['body'], notPersonalFields: ['id', 'workspaceId', 'leadId'], unannotatedColumns: [],
    });
  });

  it('includes the registries it refers to', () => {
    const { map } = sampleModel();
    expect(map.purposes.find((p) => p.id === 'service.crm')).toMatchObject({ parent: 'service', legalBasis: 'contract' });
    expect(map.recipients.find((r) => r.id === 'maple_crm')).toMatchObject({ country: 'CA', safeguard: 'adequacy', status: 'planned' });
    expect(map.retention).toContainEqual({ id: 'crm', name: 'CRM data', period: 'P1Y', trigger: 'workspace_closure', rationale: null });
    expect(map.subjects.map((s) => s.id)).toEqual(['customer', 'lead']);
    expect(map.categories.find((c) => c.id === 'user.content.note')).toMatchObject({ parent: 'user.content', special: false });
    expect(map.sources).toEqual([{ id: 'google_oauth', name: 'Google OAuth', dataReceived: 'name, email' }]);
  });
});
