import { getMetadataStorage } from '@lawful/annotations';
import { UnknownEntityError } from '../errors/unknown-entity.error';
import { UnknownRoleError } from '../errors/unknown-role.error';
import { UnregisteredPurposeError } from '../errors/unregistered-purpose.error';
import { PurposeNotAllowedError } from '../errors/purpose-not-allowed.error';
import { setUpPolicyFixture } from '../testing/policy-setup.fixture';
import type { WorkspaceFieldRestrictions } from '../types/field-restrictions.types';
import { indexEntityPolicies } from './entity-policy.index';
import { NO_RESTRICTIONS } from './no-restrictions.constants';
import { PermittedFieldsResolver } from './permitted-fields.resolver';

describe('PermittedFieldsResolver', () => {
  setUpPolicyFixture();
  const storage = getMetadataStorage();
  const index = indexEntityPolicies(storage, { accountHolderSubject: 'account_holder', accountIdProperty: 'id' });
  const resolver = () => new PermittedFieldsResolver(index, storage.registry, 100);
  afterAll(() => storage.clear());

  it('permits not-personal fields and the personal fields whose purposes the request purpose complies with', () => {
    const r = resolver();
    expect(r.permittedFields('owner', 'service.crm', 'Person', NO_RESTRICTIONS)).toEqual(['id', 'workspaceId', 'name', 'email', 'phone', 'stage']);
    expect(r.permittedFields('owner', 'service.crm.import', 'Person', NO_RESTRICTIONS)).toEqual(['id', 'workspaceId', 'name', 'email', 'phone', 'stage']);
    expect(r.permittedFields('owner', 'marketing', 'Person', NO_RESTRICTIONS)).toEqual(['id', 'workspaceId', 'email', 'stage']);
    expect(r.permittedFields('owner', 'ai.lead_scoring', 'Person', NO_RESTRICTIONS)).toEqual(['id', 'workspaceId', 'score', 'stage']);
    expect(r.permittedFields('owner', 'service', 'Person', NO_RESTRICTIONS)).toEqual(['id', 'workspaceId', 'stage']);
    expect(r.permittedFields('viewer', 'service.crm', 'Account', NO_RESTRICTIONS)).toEqual(['id', 'displayName']);
  });

  it('removes the fields a workspace hides from members and viewers, never from owners and admins', () => {
    const r = resolver();
    const restrictions: WorkspaceFieldRestrictions = { version: 4, hidden: { member: { Person: ['phone'] }, viewer: { Person: ['phone', 'email'], Deal: ['amount'] } } };
    expect(r.permittedFields('viewer', 'service.crm', 'Person', restrictions)).toEqual(['id', 'workspaceId', 'name', 'stage']);
    expect(r.permittedFields('member', 'service.crm', 'Person', restrictions)).toEqual(['id', 'workspaceId', 'name', 'email', 'stage']);
    expect(r.permittedFields('viewer', 'service.crm', 'Deal', restrictions)).not.toContain('amount');
    expect(r.permittedFields('admin', 'service.crm', 'Person', restrictions)).toContain('phone');
    expect(r.permittedFields('owner', 'service.crm', 'Deal', restrictions)).toContain('amount');
  });

  it('does not apply workspace restrictions to the user\'s own account data', () => {
    const restrictions: WorkspaceFieldRestrictions = { version: 1, hidden: { viewer: { Account: ['email'] } } };
    expect(resolver().permittedFields('viewer', 'service.account', 'Account', restrictions)).toEqual(['id', 'email', 'displayName']);
  });

  it('computes each (role, purpose, entity, restrictions) once and returns the cached frozen array', () => {
    const r = resolver();
    const first = r.permittedFields('member', 'service.crm', 'Person', NO_RESTRICTIONS);
    expect(r.permittedFields('member', 'service.crm', 'Person', { version: 9, hidden: {} })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(r.cached).toBe(1);
  });

  it('keys on the hidden list, so equal versions of two workspaces never share a wrong entry and a new version applies at once', () => {
    const r = resolver();
    const workspaceA: WorkspaceFieldRestrictions = { version: 3, hidden: { viewer: { Person: ['email'] } } };
    const workspaceB: WorkspaceFieldRestrictions = { version: 3, hidden: { viewer: { Person: ['phone'] } } };
    expect(r.permittedFields('viewer', 'service.crm', 'Person', workspaceA)).not.toContain('email');
    expect(r.permittedFields('viewer', 'service.crm', 'Person', workspaceB)).toContain('email');
    expect(r.permittedFields('viewer', 'service.crm', 'Person', workspaceB)).not.toContain('phone');
    const next: WorkspaceFieldRestrictions = { version: 4, hidden: {} };
    expect(r.permittedFields('viewer', 'service.crm', 'Person', next)).toEqual(expect.arrayContaining(['email', 'phone']));
  });

  it('stays within its bound', () => {
    const r = new PermittedFieldsResolver(index, storage.registry, 2);
    for (const purpose of ['service.crm', 'marketing', 'service', 'ai.lead_scoring']) r.permittedFields('viewer', purpose, 'Person', NO_RESTRICTIONS);
    expect(r.cached).toBe(2);
  });

  it('throws typed errors for an unknown entity, role or purpose, and a prohibited purpose', () => {
    const r = resolver();
    expect(() => r.permittedFields('viewer', 'service.crm', 'Persn', NO_RESTRICTIONS)).toThrow(UnknownEntityError);
    expect(() => r.permittedFields('root' as never, 'service.crm', 'Person', NO_RESTRICTIONS)).toThrow(UnknownRoleError);
    expect(() => r.permittedFields('viewer', 'vibes', 'Person', NO_RESTRICTIONS)).toThrow(UnregisteredPurposeError);
    expect(() => r.permittedFields('viewer', 'sale_of_data', 'Person', NO_RESTRICTIONS)).toThrow(PurposeNotAllowedError);
  });
});
