import { LawfulError } from '@lawful/annotations';
import { ForbiddenActionError } from './forbidden-action.error';
import { ForbiddenFieldError } from './forbidden-field.error';
import { PolicyError } from './policy.error';
import { PurposeNotAllowedError } from './purpose-not-allowed.error';
import { UnknownEntityError } from './unknown-entity.error';
import { UnknownRoleError } from './unknown-role.error';
import { UnregisteredPurposeError } from './unregistered-purpose.error';
import { UnsupportedConditionError } from './unsupported-condition.error';

describe('policy errors', () => {
  it.each([
    ['UnregisteredPurposeError', new UnregisteredPurposeError('vibes'), 'UNREGISTERED_PURPOSE', { purpose: 'vibes' }],
    ['PurposeNotAllowedError', new PurposeNotAllowedError('marketing', 'not on this route', ['service.crm']), 'PURPOSE_NOT_ALLOWED', { purpose: 'marketing', allowed: ['service.crm'] }],
    ['ForbiddenFieldError', new ForbiddenFieldError({ entity: 'Person', fields: ['email', 'phone'], action: 'update', purpose: 'service.crm', role: 'viewer' }), 'FORBIDDEN_FIELD', { entity: 'Person', fields: ['email', 'phone'], purpose: 'service.crm', role: 'viewer' }],
    ['ForbiddenActionError', new ForbiddenActionError({ entity: 'Person', action: 'delete', purpose: 'service.crm', role: 'member' }), 'FORBIDDEN_ACTION', { entity: 'Person', action: 'delete', purpose: 'service.crm', role: 'member' }],
    ['UnsupportedConditionError', new UnsupportedConditionError('Person', 'name', 'operator $regex is not supported in SQL', { operator: '$regex' }), 'UNSUPPORTED_CONDITION', { entity: 'Person', field: 'name', operator: '$regex' }],
    ['UnknownEntityError', new UnknownEntityError('Persn'), 'UNKNOWN_ENTITY', { entity: 'Persn' }],
    ['UnknownRoleError', new UnknownRoleError('root'), 'UNKNOWN_ROLE', { role: 'root' }],
  ])('%s is a PolicyError and a LawfulError with a stable code and context', (name, error, code, context) => {
    expect(error).toBeInstanceOf(PolicyError);
    expect(error).toBeInstanceOf(LawfulError);
    expect(error.name).toBe(name);
    expect(error.code).toBe(code);
    expect(error.context).toMatchObject(context);
  });

  it('names the forbidden fields, the role and the purpose in the message, never values', () => {
    const error = new ForbiddenFieldError({ entity: 'Person', fields: ['email'], action: 'update', purpose: 'service.crm', role: 'viewer' });
    expect(error.message).toBe('Person: update of email is not permitted for role "viewer" with purpose "service.crm"');
    expect(error.fields).toEqual(['email']);
  });

  it('names the action, the role and the purpose of a forbidden action', () => {
    const error = new ForbiddenActionError({ entity: 'Person', action: 'create', purpose: 'service.crm', role: 'viewer' });
    expect(error.message).toBe('Person: create is not permitted for role "viewer" with purpose "service.crm"');
    expect(new ForbiddenActionError({ entity: 'Person', action: 'delete' }).message).toBe('Person: delete is not permitted');
  });
});
