import { DataSubject, getMetadataStorage, LinksTo, NotPersonal, OwnedBy, PersonalData } from '@lawful/annotations';
import fc from 'fast-check';
import { subjectGraph } from '../graph/subject.graph';
import { buildSubjectExport } from './subject-export.builder';
import { SUBJECT_EXPORT_CSV_HEADER, subjectExportCsv } from './subject-export-csv.util';

const base = { source: 'provided', retention: 'account' } as const;

function model() {
  const storage = getMetadataStorage();
  storage.registry.purposes.register(
    { key: 'service', name: 'Service', description: 'd', legalBasis: 'contract' },
    { key: 'service.crm', name: 'CRM', description: 'd' },
    { key: 'marketing', name: 'Marketing', description: 'd', legalBasis: 'consent' },
    { key: 'scoring', name: 'Scoring', description: 'd', legalBasis: 'legitimate_interests', legitimateInterest: 'prioritising' },
  );
  storage.registry.categories.register({ key: 'user.commercial', name: 'Commercial' }, { key: 'user.inferred', name: 'Inferred' });
  storage.registry.subjects.register({ key: 'contact', name: 'Contact' }, { key: 'user', name: 'User' });
  storage.registry.retention.register({ key: 'account', name: 'Account', period: 'P30D', trigger: 'account_closure' });
  storage.registry.recipients.register({ key: 'mailer', name: 'Mailer', purpose: 'Email', dataShared: ['user.contact.email'], countries: ['US', 'DE'], safeguard: 'scc', status: 'active' });
  @DataSubject('contact')
  class Contact {
    @NotPersonal() id!: string;
    @PersonalData({ ...base, category: 'user.name', purposes: ['service.crm'] }) name!: string;
    @PersonalData({ ...base, category: 'user.contact.email', purposes: ['service.crm', 'marketing'], recipients: ['mailer'] }) email!: string | null;
    @PersonalData({ ...base, category: 'user.commercial', purposes: ['scoring'], source: 'derived' }) score!: number;
    @PersonalData({ ...base, category: 'user.inferred', purposes: ['service.crm'] }) intent!: string;
    @PersonalData({ ...base, category: 'user.commercial', purposes: ['scoring'] }) stage!: string;
  }
  @DataSubject('user')
  class Member {
    @PersonalData({ ...base, category: 'user.name', purposes: ['service'] }) name!: string;
  }
  class Note {
    @PersonalData({ ...base, category: 'user.content', purposes: ['service.crm'], subject: 'contact' }) body!: string;
    @OwnedBy(() => Member, { shared: true }) @NotPersonal() authorId!: string;
    @PersonalData({ ...base, category: 'user.name', purposes: ['service'], subject: 'user' }) authorName!: string;
  }
  class NoteLink {
    @LinksTo(() => Note) @NotPersonal() noteId!: string;
    @OwnedBy(() => Contact, { shared: true }) @NotPersonal() contactId!: string;
  }
  storage.seal();
  return { storage, Contact, Member, Note, NoteLink };
}

describe('buildSubjectExport', () => {
  const storage = getMetadataStorage();
  beforeEach(() => storage.clear());
  afterAll(() => storage.clear());

  function exportOf(scope: 'access' | 'portability') {
    const m = model();
    const graph = subjectGraph(m.storage, m.Contact);
    const records = [
      { entity: m.Contact, rows: [{ id: 'c1', name: 'Ada Lovelace', email: null, score: 0.7, intent: 'buy', stage: 'lead' }] },
      { entity: m.Note, rows: [{ id: 'n1', body: 'Met Ada', authorId: 'u1', authorName: 'Bob' }], restrictedIds: new Set(['n1']) },
      { entity: m.NoteLink, rows: [{ id: 'l1', noteId: 'n1', contactId: 'c1' }] },
    ];
    return buildSubjectExport({ storage: m.storage, graph, records, subjectId: 'c1', scope, generatedAt: new Date('2026-12-01T00:00:00Z'), history: [{ purpose: 'service.crm' }] });
  }

  it('nests values by entity, subject first, each with category, purposes and bases, source, retention and recipients', () => {
    const doc = exportOf('access');
    expect(doc.subject).toEqual({ type: 'contact', entity: 'Contact', id: 'c1' });
    expect(Object.keys(doc.entities)).toEqual(['Contact', 'Note']);
    expect(doc.entities.Contact[0].fields.name).toEqual({
      value: 'Ada Lovelace',
      category: { key: 'user.name', name: expect.any(String) },
      purposes: [{ key: 'service.crm', name: 'CRM', legalBasis: 'contract' }],
      source: 'provided',
      retention: { key: 'account', name: 'Account', period: 'P30D', trigger: 'account_closure' },
      recipients: [],
    });
    expect(Object.keys(doc.entities.Contact[0].fields)).toEqual(['name', 'score', 'intent', 'stage']); // null email left out
    expect(doc.entities.Note[0]).toEqual({ id: 'n1', restricted: true, fields: { body: expect.objectContaining({ value: 'Met Ada' }) } }); // the author's name is the member's
    expect(doc.processingHistory).toEqual([{ purpose: 'service.crm' }]);
  });

  it('keeps only provided, consent- or contract-based, non-inferred values for portability', () => {
    const doc = exportOf('portability');
    expect(Object.keys(doc.entities.Contact[0].fields)).toEqual(['name']);
    expect(doc.scope).toBe('portability');
  });

  it('writes one CSV row per value with its facts', () => {
    const csv = subjectExportCsv(exportOf('access'));
    const lines = csv.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe(SUBJECT_EXPORT_CSV_HEADER.join(','));
    expect(lines).toHaveLength(1 + 5);
    expect(lines[1]).toBe('Contact,c1,name,Ada Lovelace,user.name,service.crm,contract,provided,account (P30D after account_closure),');
  });

  it('lists recipients with countries and aligned purposes and bases', () => {
    const m = model();
    const graph = subjectGraph(m.storage, m.Contact);
    const doc = buildSubjectExport({ storage: m.storage, graph, records: [{ entity: m.Contact, rows: [{ id: 'c1', email: 'a@x.test' }] }], subjectId: 'c1', scope: 'access', generatedAt: new Date() });
    expect(subjectExportCsv(doc).split('\r\n')[1]).toBe('Contact,c1,email,a@x.test,user.contact.email,service.crm; marketing,contract; consent,provided,account (P30D after account_closure),"Mailer (US, DE)"');
  });

  it('emits exactly one CSV record per non-empty value, whatever the values', () => {
    const m = model();
    const graph = subjectGraph(m.storage, m.Contact);
    fc.assert(
      fc.property(fc.array(fc.record({ name: fc.string(), stage: fc.option(fc.string(), { nil: null }) }), { maxLength: 8 }), (rows) => {
        const records = [{ entity: m.Contact, rows: rows.map((r, i) => ({ id: `c${i}`, ...r })) }];
        const doc = buildSubjectExport({ storage: m.storage, graph, records, subjectId: 'c0', scope: 'access', generatedAt: new Date() });
        const values = rows.reduce((n, r) => n + 1 + (r.stage === null ? 0 : 1), 0);
        expect(countCsvRecords(subjectExportCsv(doc))).toBe(1 + values);
      }),
    );
  });
});

/** Counts RFC 4180 records (CRLF outside quotes). */
function countCsvRecords(csv: string): number {
  let quoted = false;
  let records = 0;
  for (let i = 0; i < csv.length; i++) {
    if (csv[i] === '"') quoted = !quoted;
    else if (!quoted && csv[i] === '\r' && csv[i + 1] === '\n') records++;
  }
  return records;
}
