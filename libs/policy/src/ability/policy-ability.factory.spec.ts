import { subject } from '@casl/ability';
import { permittedFieldsOf } from '@casl/ability/extra';
import { getMetadataStorage } from '@lawful/annotations';
import { PurposeNotAllowedError } from '../errors/purpose-not-allowed.error';
import { UnknownEntityError } from '../errors/unknown-entity.error';
import { UnknownRoleError } from '../errors/unknown-role.error';
import { UnsupportedConditionError } from '../errors/unsupported-condition.error';
import { UnregisteredPurposeError } from '../errors/unregistered-purpose.error';
import { NO_RESTRICTIONS } from '../fields/no-restrictions.constants';
import { POLICY_ACTIONS, WORKSPACE_ROLES } from '../roles/role-defaults.constants';
import { IDS } from '../testing/pglite-data-source.fixture';
import { setUpPolicyFixture } from '../testing/policy-setup.fixture';
import type { BuildAbilityInput } from '../types/build-ability-input.types';
import { PolicyAbilityFactory } from './policy-ability.factory';

describe('PolicyAbilityFactory', () => {
  const { Person } = setUpPolicyFixture();
  const factory = new PolicyAbilityFactory();
  const base: BuildAbilityInput = { workspaceId: IDS.w1, userId: IDS.u1, role: 'member', purpose: 'service.crm', restrictions: NO_RESTRICTIONS };
  const person = (workspaceId: string, id: string = IDS.p1) => subject('Person', { id, workspaceId });
  afterAll(() => getMetadataStorage().clear());

  it.each([
    ['owner', ['read', 'create', 'update', 'delete']],
    ['admin', ['read', 'create', 'update', 'delete']],
    ['member', ['read', 'create', 'update']],
    ['viewer', ['read']],
  ] as const)('grants %s exactly %j on rows of its own workspace (policy §5.3)', (role, actions) => {
    const ability = factory.build({ ...base, role });
    for (const action of POLICY_ACTIONS) {
      expect(ability.can(action, person(IDS.w1))).toBe((actions as readonly string[]).includes(action));
      expect(ability.can(action, person(IDS.w2))).toBe(false);
    }
  });

  it('recognises entity instances by their class name', () => {
    const ability = factory.build(base);
    expect(ability.can('update', Object.assign(new Person(), { id: IDS.p1, workspaceId: IDS.w1 }), 'name')).toBe(true);
    expect(ability.can('read', Object.assign(new Person(), { id: IDS.p4, workspaceId: IDS.w2 }))).toBe(false);
  });

  it('lists the permitted fields on each rule, derived from the annotations and the purpose', () => {
    const ability = factory.build({ ...base, purpose: 'marketing' });
    const rule = ability.rulesFor('read', 'Person')[0];
    expect(rule.fields).toEqual(['id', 'workspaceId', 'email', 'stage']);
    expect(rule.conditions).toEqual({ workspaceId: IDS.w1 });
    expect(ability.can('read', person(IDS.w1), 'email')).toBe(true);
    expect(ability.can('read', person(IDS.w1), 'name')).toBe(false);
    expect(permittedFieldsOf(ability, 'read', 'Person', { fieldsFrom: (r) => r.fields ?? [] })).toEqual(['id', 'workspaceId', 'email', 'stage']);
  });

  it('returns the cached ability for equal inputs, and a different one when any input differs', () => {
    const state = [{ entity: 'Person', reason: 'objection' as const, exclude: { id: { $in: [IDS.p1] } } }];
    const hidden = { version: 1, hidden: { member: { Person: ['phone'] } } };
    const first = factory.build(base);
    expect(factory.build({ ...base })).toBe(first);
    const variants: BuildAbilityInput[] = [
      { ...base, role: 'viewer' },
      { ...base, purpose: 'service' },
      { ...base, workspaceId: IDS.w2 },
      { ...base, userId: IDS.u2 },
      { ...base, restrictions: hidden },
      { ...base, purpose: 'ai.lead_scoring', subjectState: state },
    ];
    for (const input of variants) expect(factory.build(input)).not.toBe(first);
    // same content, new objects: cached; different content under the same version: not
    expect(factory.build({ ...base, purpose: 'ai.lead_scoring', subjectState: state.map((f) => ({ ...f })) })).toBe(factory.build({ ...base, purpose: 'ai.lead_scoring', subjectState: state }));
    const other = factory.build({ ...base, restrictions: { version: 1, hidden: { member: { Person: ['email'] } } } });
    expect(other).not.toBe(factory.build({ ...base, restrictions: hidden }));
    expect(other.can('read', person(IDS.w1), 'phone')).toBe(true);
    expect(factory.build({ ...base, restrictions: hidden }).can('read', person(IDS.w1), 'phone')).toBe(false);
  });

  it('removes the fields the workspace hides from the role', () => {
    const restrictions = { version: 2, hidden: { viewer: { Person: ['phone'] } } };
    expect(factory.build({ ...base, role: 'viewer', restrictions }).can('read', 'Person', 'phone')).toBe(false);
    expect(factory.build({ ...base, role: 'member', restrictions }).can('read', 'Person', 'phone')).toBe(true);
  });

  it('limits account-holder data without a workspace key to the user\'s own rows, whatever the role', () => {
    const ability = factory.build({ ...base, role: 'viewer', purpose: 'service.account' });
    expect(ability.can('update', subject('Account', { id: IDS.u1 }))).toBe(true);
    expect(ability.can('read', subject('Account', { id: IDS.u2 }))).toBe(false);
    expect(ability.can('delete', subject('Session', { id: IDS.s1, accountId: IDS.u1 }))).toBe(true);
    expect(ability.can('read', subject('Session', { id: IDS.s3, accountId: IDS.u2 }))).toBe(false);
  });

  it('grants no rule on an entity for which the purpose permits no field, and every entity otherwise', () => {
    expect(factory.build(base).rules.map((r) => r.subject)).toEqual(['Person', 'Deal', 'Account', 'Session']);
    const rules = factory.build({ ...base, purpose: 'service.account' }).rules;
    expect(rules.find((r) => r.subject === 'Person')?.fields).toEqual(['id', 'workspaceId', 'stage']);
  });

  it('turns subject-state filters into inverted (cannot) rules after the grants', () => {
    const ability = factory.build({
      ...base,
      purpose: 'ai.lead_scoring',
      subjectState: [
        { entity: 'Person', reason: 'objection', exclude: { id: { $in: [IDS.p1] } } },
        { entity: 'Deal', reason: 'consent', exclude: { personId: { $nin: [IDS.p1] } }, actions: ['read'] },
      ],
    });
    const inverted = ability.rules.filter((r) => r.inverted);
    expect(inverted).toEqual([
      { inverted: true, action: ['read', 'update', 'delete'], subject: 'Person', conditions: { id: { $in: [IDS.p1] } }, reason: 'subject state: objection' },
      { inverted: true, action: ['read'], subject: 'Deal', conditions: { personId: { $nin: [IDS.p1] } }, reason: 'subject state: consent' },
    ]);
    expect(ability.can('read', person(IDS.w1, IDS.p1))).toBe(false);
    expect(ability.can('read', person(IDS.w1, IDS.p2))).toBe(true);
  });

  it('skips restriction filters for purposes allowed when restricted (Art. 18(2)), never others', () => {
    const subjectState = [{ entity: 'Person', reason: 'restriction' as const, exclude: { id: IDS.p1 } }];
    expect(factory.build({ ...base, purpose: 'compliance', subjectState }).can('read', person(IDS.w1, IDS.p1))).toBe(true);
    expect(factory.build({ ...base, purpose: 'service.crm', subjectState }).can('read', person(IDS.w1, IDS.p1))).toBe(false);
  });

  it('rejects a subject-state filter on an unknown entity or with a top-level $or instead of ignoring it', () => {
    expect(() => factory.build({ ...base, subjectState: [{ entity: 'Persn', reason: 'objection', exclude: { id: IDS.p1 } }] })).toThrow(UnknownEntityError);
    const or = { entity: 'Person', reason: 'objection' as const, exclude: { $or: [{ id: IDS.p1 }] } as never };
    expect(() => factory.build({ ...base, subjectState: [or] })).toThrow(UnsupportedConditionError);
  });

  it('throws typed errors for unregistered and prohibited purposes and unknown roles', () => {
    expect(() => factory.build({ ...base, purpose: 'vibes' })).toThrow(UnregisteredPurposeError);
    expect(() => factory.build({ ...base, purpose: 'sale_of_data' })).toThrow(PurposeNotAllowedError);
    expect(() => factory.build({ ...base, role: 'root' as never })).toThrow(UnknownRoleError);
  });

  it('exposes cached permitted fields identical to the rules\' fields for every role and purpose', () => {
    for (const role of WORKSPACE_ROLES) {
      for (const purpose of ['service.crm', 'marketing', 'ai.lead_scoring']) {
        const ability = factory.build({ ...base, role, purpose });
        for (const entity of ['Person', 'Deal']) {
          expect(ability.rulesFor('read', entity)[0].fields).toEqual(factory.permittedFields(role, purpose, entity, NO_RESTRICTIONS));
        }
      }
    }
    expect(factory.entityNames).toEqual(['Person', 'Deal', 'Account', 'Session']);
    expect(factory.entity('Deal')?.scope).toEqual({ kind: 'workspace', property: 'workspaceId' });
  });
});
