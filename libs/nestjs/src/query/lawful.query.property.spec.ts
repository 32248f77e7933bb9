import { getMetadataStorage } from '@lawful/annotations';
import { PolicyAbilityFactory, PolicyError, ROLE_ACTIONS, WORKSPACE_ROLES } from '@lawful/policy';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import type { AccessAuditRecordInput } from '../audit/access-audit.types';
import type { LawfulContext } from '../context/lawful-context.types';
import { openLawfulDataSource, setUpLawfulDbFixture } from '../testing/lawful-db.fixture';
import { LawfulQuery } from './lawful.query';

/** Every key a body may carry, with the value it sets and the column it lands in (`nope` is no property). */
const BODY: Record<string, { value: unknown; column?: string; default?: unknown }> = {
  id: { value: 'c-forged', column: 'id' },
  workspaceId: { value: 'w2', column: 'workspace_id' },
  name: { value: 'Prop', column: 'full_name', default: null },
  email: { value: 'prop@example.test', column: 'email', default: null },
  score: { value: 42, column: 'score', default: 0 },
  stage: { value: 'won', column: 'stage', default: 'lead' },
  nope: { value: 'x' },
};
const PERSONAL = ['name', 'email', 'score', 'stage'];

describe('LawfulQuery properties (PGlite)', () => {
  let dataSource: DataSource;
  let entities: ReturnType<typeof setUpLawfulDbFixture>;
  const factory = () => new PolicyAbilityFactory();

  beforeAll(async () => {
    entities = setUpLawfulDbFixture();
    dataSource = await openLawfulDataSource(entities);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    getMetadataStorage().clear();
  });

  const cases = fc.record({
    role: fc.constantFrom(...WORKSPACE_ROLES),
    purpose: fc.constantFrom('service.crm', 'service.crm.import', 'marketing', 'ai.lead_scoring'),
    hidden: fc.subarray(PERSONAL),
    keys: fc.oneof({ arbitrary: fc.subarray(PERSONAL), weight: 3 }, { arbitrary: fc.subarray(Object.keys(BODY)), weight: 1 }),
  });

  it('create writes only permitted keys (else it refuses before the database) and the audit names only them; reads return and record only permitted columns', async () => {
    const abilities = factory();
    const outcomes = { created: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(cases, async ({ role, purpose, hidden, keys }) => {
        const restrictions = { version: 1, hidden: { member: { Contact: hidden }, viewer: { Contact: hidden } } };
        const ability = abilities.build({ userId: 'u1', workspaceId: 'w1', role, purpose, restrictions });
        const audit: AccessAuditRecordInput[] = [];
        const ctx: LawfulContext = { ability, purpose, userId: 'u1', workspaceId: 'w1', role, audit: (entry) => void audit.push(entry) };
        const permitted = abilities.permittedFields(role, purpose, 'Contact', restrictions);
        const mayCreate = (ROLE_ACTIONS[role] as readonly string[]).includes('create') && keys.every((k) => k !== 'id' && k !== 'workspaceId' && permitted.includes(k));
        const contacts = new LawfulQuery(dataSource.getRepository(entities.Contact));
        const [{ count: before }] = await dataSource.query('SELECT count(*)::int AS count FROM nestjs_test_contacts');
        const body = Object.fromEntries(keys.map((k) => [k, BODY[k].value]));

        const created = await contacts.create(ctx, body).then((row) => ({ ...row }), (error: unknown) => error);
        outcomes[mayCreate ? 'created' : 'refused']++;
        if (!mayCreate) {
          expect(created).toBeInstanceOf(PolicyError);
          expect(await dataSource.query('SELECT count(*)::int AS count FROM nestjs_test_contacts')).toEqual([{ count: before }]);
          expect(audit).toEqual([]);
        } else {
          const id = (created as { id: string }).id;
          const [stored] = await dataSource.query('SELECT * FROM nestjs_test_contacts WHERE id = $1', [id]);
          expect(stored.workspace_id).toBe('w1');
          for (const [key, spec] of Object.entries(BODY).filter(([k, s]) => s.column !== undefined && k !== 'id' && k !== 'workspaceId')) {
            expect(stored[spec.column as string]).toEqual(keys.includes(key) ? spec.value : spec.default);
          }
          expect(audit).toEqual([expect.objectContaining({ action: 'create', fields: keys, recordIds: [id], subjectIds: [id] })]);
          expect(Object.keys(created as object).every((k) => k === 'id' || permitted.includes(k))).toBe(true);
          audit.length = 0;
        }

        const rows = await contacts.find(ctx, { take: 3 });
        expect(audit).toHaveLength(1);
        const [read] = audit;
        expect(read.fields.every((f) => f === 'id' || permitted.includes(f))).toBe(true);
        expect(rows.every((row) => Object.keys(row).every((k) => read.fields.includes(k)))).toBe(true);
        expect(read.recordIds).toEqual(rows.map((row) => row.id));
        expect(read.subjectIds).toEqual(read.recordIds);
      }),
      { numRuns: 60 },
    );
    expect(outcomes.created).toBeGreaterThan(5);
    expect(outcomes.refused).toBeGreaterThan(5);
  });
});
