import { subject } from '@casl/ability';
import { getMetadataStorage } from '@lawful/annotations';
import { PolicyAbilityFactory } from '../ability/policy-ability.factory';
import { ForbiddenFieldError } from '../errors/forbidden-field.error';
import { IDS } from '../testing/pglite-data-source.fixture';
import { setUpPolicyFixture } from '../testing/policy-setup.fixture';
import { assertFieldsPermitted, forbiddenFieldsOf } from './field-permission.validator';
import { NO_RESTRICTIONS } from './no-restrictions.constants';

describe('forbiddenFieldsOf / assertFieldsPermitted', () => {
  setUpPolicyFixture();
  const factory = new PolicyAbilityFactory();
  const restrictions = { version: 1, hidden: { member: { Person: ['phone'] } } };
  const ability = factory.build({ workspaceId: IDS.w1, userId: IDS.u1, role: 'member', purpose: 'service.crm', restrictions });
  afterAll(() => getMetadataStorage().clear());

  it('lists the fields of a write the role and purpose may not set', () => {
    expect(forbiddenFieldsOf(ability, 'update', 'Person', ['name', 'phone', 'score'])).toEqual(['phone', 'score']);
    expect(forbiddenFieldsOf(ability, 'delete', 'Person', ['name'])).toEqual(['name']);
    expect(forbiddenFieldsOf(ability, 'update', subject('Person', { workspaceId: IDS.w2 }), ['name'])).toEqual(['name']);
  });

  it('throws ForbiddenFieldError naming entity, fields, role and purpose', () => {
    expect(() => assertFieldsPermitted(ability, 'update', 'Person', ['name'])).not.toThrow();
    const error = (() => {
      try {
        assertFieldsPermitted(ability, 'update', subject('Person', { workspaceId: IDS.w1 }), ['name', 'phone'], { role: 'member', purpose: 'service.crm' });
      } catch (e) {
        return e as ForbiddenFieldError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ForbiddenFieldError);
    expect(error?.context).toMatchObject({ entity: 'Person', fields: ['phone'], action: 'update', role: 'member', purpose: 'service.crm' });
    expect(factory.build({ workspaceId: IDS.w1, userId: IDS.u1, role: 'member', purpose: 'service.crm', restrictions: NO_RESTRICTIONS }).can('update', 'Person', 'phone')).toBe(true);
  });
});
