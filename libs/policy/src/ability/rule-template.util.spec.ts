import { getMetadataStorage } from '@lawful/annotations';
import { NO_RESTRICTIONS } from '../fields/no-restrictions.constants';
import { IDS } from '../testing/pglite-data-source.fixture';
import { setUpPolicyFixture } from '../testing/policy-setup.fixture';
import type { WorkspaceFieldRestrictions } from '../types/field-restrictions.types';
import { PolicyAbilityFactory } from './policy-ability.factory';
import { restrictionsFingerprint } from './rule-template.util';

describe('rule templates (cached ability rules)', () => {
  setUpPolicyFixture();
  afterAll(() => getMetadataStorage().clear());
  const input = { workspaceId: IDS.w1, userId: IDS.u1, role: 'viewer' as const, purpose: 'service.crm' };

  it('fingerprints only what applies to the role', () => {
    const restrictions: WorkspaceFieldRestrictions = { version: 3, hidden: { viewer: { Person: ['email'] }, member: { Person: [] } } };
    expect(restrictionsFingerprint('viewer', restrictions)).toBe('{"Person":["email"]}');
    expect(restrictionsFingerprint('member', restrictions)).toBe('');
    expect(restrictionsFingerprint('owner', restrictions)).toBe('');
    expect(restrictionsFingerprint('admin', { version: 1, hidden: { viewer: { Person: ['email'] } } })).toBe('');
    expect(restrictionsFingerprint('viewer', NO_RESTRICTIONS)).toBe('');
  });

  it('reuses the rules of a (role, purpose, restrictions) but fills in each request\'s workspace and user', () => {
    const factory = new PolicyAbilityFactory();
    const a = factory.build({ ...input, restrictions: NO_RESTRICTIONS });
    const b = factory.build({ ...input, workspaceId: IDS.w2, userId: IDS.u2, restrictions: NO_RESTRICTIONS });
    expect(a.rules[0].fields).toBe(b.rules[0].fields);
    expect(a.rules.map((r) => r.conditions)).toEqual([{ workspaceId: IDS.w1 }, { workspaceId: IDS.w1 }, { id: IDS.u1 }, { accountId: IDS.u1 }]);
    expect(b.rules.map((r) => r.conditions)).toEqual([{ workspaceId: IDS.w2 }, { workspaceId: IDS.w2 }, { id: IDS.u2 }, { accountId: IDS.u2 }]);
  });

  it('never serves another workspace\'s restrictions at the same version, and applies a new version at once', () => {
    const factory = new PolicyAbilityFactory();
    const hideEmail: WorkspaceFieldRestrictions = { version: 3, hidden: { viewer: { Person: ['email'] } } };
    const hidePhone: WorkspaceFieldRestrictions = { version: 3, hidden: { viewer: { Person: ['phone'] } } };
    expect(factory.build({ ...input, restrictions: hideEmail }).can('read', 'Person', 'email')).toBe(false);
    expect(factory.build({ ...input, workspaceId: IDS.w2, restrictions: hidePhone }).can('read', 'Person', 'email')).toBe(true);
    expect(factory.build({ ...input, workspaceId: IDS.w2, restrictions: hidePhone }).can('read', 'Person', 'phone')).toBe(false);
    expect(factory.build({ ...input, restrictions: { version: 4, hidden: {} } }).can('read', 'Person', 'email')).toBe(true);
  });

  it('builds the same ability with caching disabled', () => {
    const cached = new PolicyAbilityFactory();
    const uncached = new PolicyAbilityFactory({ cacheSize: 0 });
    for (const role of ['owner', 'member', 'viewer'] as const) {
      const restrictions: WorkspaceFieldRestrictions = { version: 1, hidden: { viewer: { Person: ['name'] } } };
      expect(uncached.build({ ...input, role, restrictions }).rules).toEqual(cached.build({ ...input, role, restrictions }).rules);
    }
  });
});
