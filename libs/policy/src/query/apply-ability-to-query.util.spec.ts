import { createMongoAbility, type RawRuleOf } from '@casl/ability';
import { getMetadataStorage } from '@lawful/annotations';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { PolicyAbilityFactory } from '../ability/policy-ability.factory';
import { PolicyError } from '../errors/policy.error';
import { UnsupportedConditionError } from '../errors/unsupported-condition.error';
import { NO_RESTRICTIONS } from '../fields/no-restrictions.constants';
import { IDS, openSeededDataSource } from '../testing/pglite-data-source.fixture';
import { setUpPolicyFixture } from '../testing/policy-setup.fixture';
import type { BuildAbilityInput } from '../types/build-ability-input.types';
import type { PolicyAbility, PolicyAction } from '../types/policy.types';
import { applyAbilityToQuery } from './apply-ability-to-query.util';

describe('applyAbilityToQuery on PGlite', () => {
  const entities = setUpPolicyFixture();
  const { Person, Deal, Account, Session } = entities;
  const factory = new PolicyAbilityFactory();
  let dataSource: DataSource;
  beforeAll(async () => (dataSource = await openSeededDataSource(entities)));
  afterAll(async () => {
    await dataSource?.destroy();
    getMetadataStorage().clear();
  });

  const build = (input: Partial<BuildAbilityInput> = {}) =>
    factory.build({ workspaceId: IDS.w1, userId: IDS.u1, role: 'owner', purpose: 'service.crm', restrictions: NO_RESTRICTIONS, ...input });
  const peopleQuery = () => dataSource.getRepository(Person).createQueryBuilder('person').orderBy('person.id');
  const read = async (ability: PolicyAbility, action: PolicyAction = 'read', qb = peopleQuery()): Promise<ObjectLiteral[]> =>
    applyAbilityToQuery(qb, ability, action, Person).getMany();
  const ids = (rows: ObjectLiteral[]) => rows.map((r) => r.id);
  const keys = (rows: ObjectLiteral[]) => [...new Set(rows.flatMap((r) => Object.keys(r)))].sort();

  it('returns only the rows of the request\'s workspace and only the permitted columns', async () => {
    const rows = await read(build());
    expect(ids(rows)).toEqual([IDS.p1, IDS.p2, IDS.p3]);
    expect(keys(rows)).toEqual(['email', 'id', 'name', 'phone', 'stage', 'workspaceId']);
    expect(ids(await read(build({ workspaceId: IDS.w2 })))).toEqual([IDS.p4, IDS.p5]);
  });

  it('pushes the conditions into SQL on the mapped column names, with parameters', () => {
    const qb = applyAbilityToQuery(peopleQuery(), build({ subjectState: [{ entity: 'Person', reason: 'objection', exclude: { name: 'Ada' } }] }), 'read', Person);
    const [sql, parameters] = qb.getQueryAndParameters();
    expect(sql).toContain('WHERE (("person"."workspace_id" = $1 AND NOT COALESCE("person"."full_name" = $2, FALSE)))');
    expect(sql).toContain('"person"."full_name" AS "person_full_name"');
    expect(sql).not.toContain('"person"."score"');
    expect(parameters).toEqual([IDS.w1, 'Ada']);
  });

  it('selects per purpose and hides the columns the workspace restricts for the role', async () => {
    expect(keys(await read(build({ purpose: 'marketing' })))).toEqual(['email', 'id', 'stage', 'workspaceId']);
    expect(keys(await read(build({ purpose: 'ai.lead_scoring' })))).toEqual(['id', 'score', 'stage', 'workspaceId']);
    const restrictions = { version: 1, hidden: { viewer: { Person: ['email', 'phone', 'id'] } } };
    expect(keys(await read(build({ role: 'viewer', restrictions })))).toEqual(['id', 'name', 'stage', 'workspaceId']);
  });

  it('excludes rows of objecting subjects and keeps only consenting ones, via cannot rules in SQL', async () => {
    const objection = build({ purpose: 'ai.lead_scoring', subjectState: [{ entity: 'Person', reason: 'objection', exclude: { id: { $in: [IDS.p1] } } }] });
    expect(ids(await read(objection))).toEqual([IDS.p2, IDS.p3]);
    const consent = build({ purpose: 'marketing', subjectState: [{ entity: 'Person', reason: 'consent', exclude: { id: { $nin: [IDS.p3] } } }] });
    expect(ids(await read(consent))).toEqual([IDS.p3]);
  });

  it('keeps rows whose excluded column is NULL (an inverted rule must not turn NULL into "excluded")', async () => {
    const ability = build({ subjectState: [{ entity: 'Person', reason: 'restriction', exclude: { email: 'ada@example.test' } }] });
    expect(ids(await read(ability))).toEqual([IDS.p2, IDS.p3]);
  });

  it('never lets an earlier orWhere escape the policy, nor drop a cannot rule', async () => {
    const qb = peopleQuery().where('person.stage = :stage', { stage: 'lead' }).orWhere('person.workspaceId = :other', { other: IDS.w2 });
    const ability = build({ subjectState: [{ entity: 'Person', reason: 'objection', exclude: { id: IDS.p2 } }] });
    expect(ids(await read(ability, 'read', qb))).toEqual([IDS.p3]);
  });

  it('returns no row for an action the role lacks (WHERE FALSE), nor for an entity without rules', async () => {
    expect(await read(build({ role: 'member' }), 'delete')).toEqual([]);
    expect(await read(build({ role: 'viewer' }), 'update')).toEqual([]);
    expect(await read(createMongoAbility<PolicyAbility>([]))).toEqual([]);
  });

  it('limits account data to the user\'s own rows', async () => {
    const ability = build({ role: 'viewer', purpose: 'service.account' });
    const sessions = await applyAbilityToQuery(dataSource.getRepository(Session).createQueryBuilder('s').orderBy('s.id'), ability, 'read', Session).getMany();
    expect(ids(sessions)).toEqual([IDS.s1, IDS.s2]);
    const accounts = await applyAbilityToQuery(dataSource.getRepository(Account).createQueryBuilder('a'), ability, 'read', Account).getMany();
    expect(accounts).toEqual([expect.objectContaining({ id: IDS.u1, email: 'u1@example.test', displayName: 'User One' })]);
  });

  it.each([
    [{ amount: { $gte: 500 } }, ['d1', 'd2']],
    [{ amount: { $lt: 1000, $gt: 100 } }, ['d2']],
    [{ personId: null }, ['d2']],
    [{ notes: { $exists: false } }, ['d2']],
    [{ notes: { $ne: 'call back' } }, ['d2']],
    [{ title: { $in: ['Upsell', 'Pilot'] } }, ['d2']],
    [{ personId: { $nin: [IDS.p1] } }, ['d2']],
  ] as const)('translates %j like CASL does in memory, within the workspace', async (conditions, expected) => {
    const rules: RawRuleOf<PolicyAbility>[] = [{ action: 'read', subject: 'Deal', conditions: { workspaceId: IDS.w1, ...conditions } }];
    const qb = dataSource.getRepository(Deal).createQueryBuilder('deal').orderBy('deal.id');
    const rows = await applyAbilityToQuery(qb, createMongoAbility<PolicyAbility>(rules), 'read', Deal).getMany();
    expect(ids(rows)).toEqual(expected.map((k) => IDS[k]));
  });

  it('throws on a condition it cannot translate instead of dropping it', () => {
    const rules: RawRuleOf<PolicyAbility>[] = [
      { action: 'read', subject: 'Person', conditions: { workspaceId: IDS.w1 } },
      { action: 'read', subject: 'Person', conditions: { name: { $regex: '^A' } }, inverted: true },
    ];
    expect(() => applyAbilityToQuery(peopleQuery(), createMongoAbility<PolicyAbility>(rules), 'read', Person)).toThrow(UnsupportedConditionError);
  });

  it('enforces joined entities in the ON clause and narrows their columns, without parameter clashes', async () => {
    const ability = build({ purpose: 'marketing', subjectState: [{ entity: 'Person', reason: 'consent', exclude: { id: { $nin: [IDS.p3] } } }] });
    const join = (qb: SelectQueryBuilder<ObjectLiteral>) => qb.leftJoin(Person, 'p', 'p.id = deal.personId').addSelect('p').where('deal.amount > :lawful0_0', { lawful0_0: 100 });
    const qb = applyAbilityToQuery(join(dataSource.getRepository(Deal).createQueryBuilder('deal').orderBy('deal.id')), ability, 'read', Deal);
    const [sql] = qb.getQueryAndParameters();
    expect(sql).toContain('LEFT JOIN "policy_test_people" "p" ON ("p"."id" = "deal"."person_id") AND (("p"."workspace_id" = $1 AND NOT COALESCE(');
    expect(sql).not.toMatch(/"p"\."(score|full_name|phone)"/);
    const raw = await qb.getRawMany();
    expect(raw.map((r) => [r.deal_id, r.p_id])).toEqual([[IDS.d1, null], [IDS.d2, null]]);
    expect(Object.keys(raw[0]).filter((k) => k.startsWith('p_')).sort()).toEqual(['p_email', 'p_id', 'p_stage', 'p_workspace_id']);
  });

  it('checks the alias and the entity of the query builder', () => {
    expect(() => applyAbilityToQuery(peopleQuery(), build(), 'read', Deal)).toThrow(PolicyError);
    expect(() => applyAbilityToQuery(peopleQuery(), build(), 'read', Person, 'p')).toThrow(/not the main alias/);
    expect(() => applyAbilityToQuery(peopleQuery(), build(), 'read', 'Person', 'person')).not.toThrow();
  });
});
