import { subject } from '@casl/ability';
import { getMetadataStorage } from '@lawful/annotations';
import fc from 'fast-check';
import type { DataSource, ObjectLiteral } from 'typeorm';
import { PolicyAbilityFactory } from '../ability/policy-ability.factory';
import { WORKSPACE_ROLES } from '../roles/role-defaults.constants';
import { IDS, openSeededDataSource } from '../testing/pglite-data-source.fixture';
import { setUpPolicyFixture } from '../testing/policy-setup.fixture';
import { FIXTURE_PURPOSES } from '../testing/policy-taxonomy.fixture';
import type { WorkspaceFieldRestrictions } from '../types/field-restrictions.types';
import type { PolicyAction, RowConditions } from '../types/policy.types';
import type { SubjectStateFilter } from '../types/subject-state.types';
import { applyAbilityToQuery } from './apply-ability-to-query.util';

type Column = { name: string; values: readonly unknown[]; nullable: boolean; ordered: boolean };

/** Columns of the workspace entities with the values the seed uses (plus one unused value each). */
const COLUMNS: Record<'Person' | 'Deal', Column[]> = {
  Person: [
    { name: 'id', values: [IDS.p1, IDS.p2, IDS.p3, IDS.p4, IDS.p5], nullable: false, ordered: false },
    { name: 'workspaceId', values: [IDS.w1, IDS.w2], nullable: false, ordered: false },
    { name: 'name', values: ['Ada', 'Bob', 'Cyd', 'Dee', 'Eve', 'Zed'], nullable: false, ordered: false },
    { name: 'email', values: ['ada@example.test', 'cyd@example.test', 'dee@example.test', 'x@example.test'], nullable: true, ordered: false },
    { name: 'phone', values: ['+100', '+200', '+400', '+999'], nullable: true, ordered: false },
    { name: 'score', values: [10, 20, 40, 70, 90, 55], nullable: false, ordered: true },
    { name: 'stage', values: ['lead', 'customer', 'lost'], nullable: false, ordered: false },
  ],
  Deal: [
    { name: 'id', values: [IDS.d1, IDS.d2, IDS.d3, IDS.d4], nullable: false, ordered: false },
    { name: 'workspaceId', values: [IDS.w1, IDS.w2], nullable: false, ordered: false },
    { name: 'personId', values: [IDS.p1, IDS.p4, IDS.p5, IDS.p2], nullable: true, ordered: false },
    { name: 'title', values: ['Renewal', 'Upsell', 'Pilot', 'Intro', 'Other'], nullable: false, ordered: false },
    { name: 'amount', values: [50, 500, 1000, 2000, 750], nullable: false, ordered: true },
    { name: 'notes', values: ['call back', 'trial', 'none'], nullable: true, ordered: false },
  ],
};

/** One condition on one column; ordering operators only on NOT NULL numbers (CASL in memory orders NULL first). */
function leaf(columns: Column[]): fc.Arbitrary<RowConditions> {
  return fc.constantFrom(...columns).chain((c) => {
    const value = fc.constantFrom(...c.values, ...(c.nullable ? [null] : []));
    const list = fc.uniqueArray(value, { maxLength: 3 });
    const ops: fc.Arbitrary<unknown>[] = [value, value.map(($eq) => ({ $eq })), value.map(($ne) => ({ $ne })), list.map(($in) => ({ $in })), list.map(($nin) => ({ $nin }))];
    if (c.ordered) ops.push(fc.tuple(fc.constantFrom('$lt', '$lte', '$gt', '$gte'), value).map(([op, v]) => ({ [op]: v })));
    return fc.oneof(...ops).map((condition) => ({ [c.name]: condition }) as RowConditions);
  });
}

function conditions(columns: Column[]): fc.Arbitrary<RowConditions> {
  return fc.oneof(
    leaf(columns),
    fc.tuple(leaf(columns), leaf(columns)).map(([a, b]) => ({ ...b, ...a })),
  );
}

const scenario = fc.constantFrom('Person' as const, 'Deal' as const).chain((entity) =>
  fc.record({
    entity: fc.constant(entity),
    role: fc.constantFrom(...WORKSPACE_ROLES),
    purpose: fc.constantFrom(...FIXTURE_PURPOSES),
    workspaceId: fc.constantFrom(IDS.w1, IDS.w2),
    action: fc.constantFrom<PolicyAction>('read', 'read', 'update', 'delete'),
    hidden: fc.subarray(COLUMNS[entity].map((c) => c.name)),
    filters: fc.array(fc.record({ reason: fc.constantFrom('consent' as const, 'objection' as const, 'restriction' as const), exclude: conditions(COLUMNS[entity]) }), { maxLength: 3 }),
    callerOr: fc.boolean(),
  }),
);

describe('applyAbilityToQuery (property, PGlite)', () => {
  const entities = setUpPolicyFixture();
  const factory = new PolicyAbilityFactory();
  let dataSource: DataSource;
  const all: Record<string, ObjectLiteral[]> = {};
  beforeAll(async () => {
    dataSource = await openSeededDataSource(entities);
    all.Person = await dataSource.getRepository(entities.Person).find();
    all.Deal = await dataSource.getRepository(entities.Deal).find();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    getMetadataStorage().clear();
  });

  it('returns exactly the rows CASL permits in memory, never another workspace\'s row, never a non-permitted field', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const restrictions: WorkspaceFieldRestrictions = { version: 1, hidden: { member: { [s.entity]: s.hidden }, viewer: { [s.entity]: s.hidden } } };
        const subjectState: SubjectStateFilter[] = s.filters.map((f) => ({ entity: s.entity, ...f }));
        const ability = factory.build({ workspaceId: s.workspaceId, userId: IDS.u1, role: s.role, purpose: s.purpose, restrictions, subjectState });
        const target = entities[s.entity];
        let qb = dataSource.getRepository(target).createQueryBuilder('row').orderBy('row.id');
        if (s.callerOr) qb = qb.where('1 = 1').orWhere('1 = 0'); // unbracketed, "1 = 1 OR 1 = 0 AND policy" would leak
        const rows = await applyAbilityToQuery(qb, ability, s.action, target).getMany();

        const expected = all[s.entity].filter((r) => ability.can(s.action, subject(s.entity, { ...r }))).map((r) => r.id);
        expect(rows.map((r) => r.id)).toEqual(expected.sort());
        const workspaceOf = new Map(all[s.entity].map((r) => [r.id, r.workspaceId]));
        for (const row of rows) expect(workspaceOf.get(row.id)).toBe(s.workspaceId);
        const permitted = new Set([...factory.permittedFields(s.role, s.purpose, s.entity, restrictions), 'id']);
        for (const row of rows) for (const key of Object.keys(row)) expect(permitted).toContain(key);
      }),
      { numRuns: 250 },
    );
  });
});
