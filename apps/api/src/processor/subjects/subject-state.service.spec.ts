import { NotPersonal, OwnedBy, ProcessingRole } from '@lawful/annotations';
import type { SubjectStateFilter } from '@lawful/policy';
import { Workspace } from '../../controller/workspaces/workspace.entity';
import { ensurePrivacySealed } from '../../privacy/register-privacy';
import { seedDemoData } from '../../seed/demo.seed';
import { openTestDatabase, type TestDatabase } from '../../testing/test-database';
import { Contact } from '../crm/contact.entity';
import { ContactConsent } from './contact-consent.entity';
import { ContactObjection } from './contact-objection.entity';
import { ContactProcessingRestriction } from './contact-processing-restriction.entity';
import { SubjectStateService } from './subject-state.service';

ensurePrivacySealed();

/** Declared here, after sealing: proves the filtered entities come from the annotations, not from a list. */
@ProcessingRole('processor')
class FollowUpReminder {
  @OwnedBy(() => Contact) @NotPersonal({ reason: 'foreign key' })
  aboutContactId!: string;
}

const CAMPAIGNS = 'service.communications.campaigns';
const excluded = (filters: SubjectStateFilter[], entity: string, reason: string) => filters.find((f) => f.entity === entity && f.reason === reason)?.exclude;

describe(`SubjectStateService.filtersFor on ${process.env['DATABASE_URL'] ? 'PostgreSQL' : 'PGlite'}`, () => {
  let db: TestDatabase;
  let service: SubjectStateService;
  let demo: string;
  let other: string;
  let c: string[];
  const user = '00000000-0000-4000-8000-000000000001';

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedDemoData(db.dataSource);
    demo = (await db.dataSource.getRepository(Workspace).findOneByOrFail({ slug: 'demo' })).id;
    other = (await db.dataSource.getRepository(Workspace).findOneByOrFail({ slug: 'other' })).id;
    c = (await db.dataSource.getRepository(Contact).find({ where: { workspaceId: demo }, order: { id: 'ASC' }, take: 4 })).map((x) => x.id);
    service = new SubjectStateService(db.dataSource);
  });
  afterAll(() => db?.destroy());

  it('withholds nothing when no contact has state (and needs no consent for a contract purpose)', async () => {
    expect(await service.filtersFor(demo, 'service.crm')).toEqual([]);
  });

  it('applies to the contact and to every entity annotated @OwnedBy(() => Contact), shared ones included', () => {
    const names = service.query.references.map((r) => `${r.entity}.${r.property}`);
    expect(names[0]).toBe('Contact.id');
    expect(names).toEqual(expect.arrayContaining(['Deal.contactId', 'NoteContact.contactId', 'EmailMessage.contactId', 'FollowUpReminder.aboutContactId', 'ContactConsent.contactId']));
    expect(names).toEqual(expect.arrayContaining(['ContactObjection.contactId', 'ContactProcessingRestriction.contactId']));
    expect(names.filter((n) => n.startsWith('ContactStateEntity.') || n.startsWith('Company.'))).toEqual([]);
    expect(FollowUpReminder.name).toBe('FollowUpReminder');
  });

  it('consent: only contacts whose latest record for the purpose grants it; a later withdrawal wins', async () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
    const row = (contactId: string, granted: boolean, minute: number, purpose = CAMPAIGNS) => ({ workspaceId: demo, contactId, purpose, granted, method: 'web_form', recordedAt: at(minute), recordedByUserId: user });
    await db.dataSource.getRepository(ContactConsent).insert([
      row(c[0], true, 1), row(c[0], false, 2), // withdrawn
      row(c[1], false, 1), row(c[1], true, 2), // granted after a refusal
      row(c[2], true, 1, 'marketing'), // another purpose does not count
    ]);
    const filters = await service.filtersFor(demo, CAMPAIGNS);
    expect(excluded(filters, 'Contact', 'consent')).toEqual({ id: { $nin: [c[1], null] } });
    expect(excluded(filters, 'Deal', 'consent')).toEqual({ contactId: { $nin: [c[1], null] } });
    expect(excluded(await service.filtersFor(other, CAMPAIGNS), 'Contact', 'consent')).toEqual({ id: { $nin: [null] } });
    expect(excluded(await service.filtersFor(demo, 'service.crm'), 'Contact', 'consent')).toBeUndefined();
  });

  it('objection: withholds objected contacts only under legitimate-interest purposes at or below the one objected to', async () => {
    const objections = db.dataSource.getRepository(ContactObjection);
    await objections.insert([
      { workspaceId: demo, contactId: c[0], purpose: 'ai.lead_scoring', withdrawnAt: null },
      { workspaceId: demo, contactId: c[1], purpose: 'improvement', withdrawnAt: null },
      { workspaceId: demo, contactId: c[2], purpose: 'ai.lead_scoring', withdrawnAt: new Date() },
    ]);
    expect(excluded(await service.filtersFor(demo, 'ai.lead_scoring'), 'Contact', 'objection')).toEqual({ id: { $in: [c[0]] } });
    expect(excluded(await service.filtersFor(demo, 'improvement.reliability'), 'Deal', 'objection')).toEqual({ contactId: { $in: [c[1]] } });
    expect(await service.filtersFor(demo, 'ai.assistant')).toEqual([]); // contract basis: objections do not apply
    expect(await service.filtersFor(demo, 'service.crm')).toEqual([]);
    expect(await service.filtersFor(other, 'ai.lead_scoring')).toEqual([]);
  });

  it('restriction: withholds restricted contacts except for purposes allowed when restricted; a lifted one is free', async () => {
    const restrictions = db.dataSource.getRepository(ContactProcessingRestriction);
    await restrictions.insert([
      { workspaceId: demo, contactId: c[3], reason: 'accuracy_contested', liftedAt: null },
      { workspaceId: demo, contactId: c[2], reason: 'legal_claims', liftedAt: new Date() },
    ]);
    const filters = await service.filtersFor(demo, 'service.crm');
    expect(filters.filter((f) => f.reason === 'restriction')).toHaveLength(service.query.references.length);
    expect(excluded(filters, 'Contact', 'restriction')).toEqual({ id: { $in: [c[3]] } });
    expect(excluded(filters, 'NoteContact', 'restriction')).toEqual({ contactId: { $in: [c[3]] } });
    expect(await service.filtersFor(demo, 'compliance.subject_rights')).toEqual([]);
    expect(await service.filtersFor(other, 'service.crm')).toEqual([]);
  });

  it('rejects an unregistered purpose', async () => {
    await expect(service.filtersFor(demo, 'nope')).rejects.toThrow(RangeError);
  });
});
