import { getMetadataStorage, NotPersonal, ProcessingRole } from '@lawful/annotations';
import { UnknownEntityError } from '../errors/unknown-entity.error';
import { setUpPolicyFixture } from '../testing/policy-setup.fixture';
import { indexEntityPolicies } from './entity-policy.index';

describe('indexEntityPolicies', () => {
  setUpPolicyFixture();
  const storage = getMetadataStorage();
  const options = { accountHolderSubject: 'account_holder', accountIdProperty: 'id' };
  afterAll(() => storage.clear());

  it('snapshots fields with their purposes, keyed by class name', () => {
    const person = indexEntityPolicies(storage, options).get('Person');
    expect(person?.fields.map((f) => f.property)).toEqual(['id', 'workspaceId', 'name', 'email', 'phone', 'score', 'stage']);
    expect(person?.fields.find((f) => f.property === 'email')).toEqual({ property: 'email', personal: true, purposes: ['service.crm', 'marketing'] });
  });

  it('scopes rows by workspace key, by account ownership, or not at all', () => {
    @ProcessingRole('processor')
    class Orphan {
      @NotPersonal({ reason: 'key' }) id!: string;
    }
    const index = indexEntityPolicies(storage, options);
    expect(index.get('Person')?.scope).toEqual({ kind: 'workspace', property: 'workspaceId' });
    expect(index.get('Deal')?.scope).toEqual({ kind: 'workspace', property: 'workspaceId' });
    expect(index.get('Account')?.scope).toEqual({ kind: 'account', properties: ['id'] });
    expect(index.get('Session')?.scope).toEqual({ kind: 'account', properties: ['accountId'] });
    expect(index.get(Orphan.name)?.scope).toEqual({ kind: 'none' });
  });

  it('rejects two annotated classes with the same name', () => {
    const Person = { Person: class {} }.Person;
    NotPersonal({ reason: 'key' })(Person.prototype, 'id');
    expect(() => indexEntityPolicies(storage, options)).toThrow(UnknownEntityError);
    expect(() => indexEntityPolicies(storage, options)).toThrow(/share this name/);
  });
});
