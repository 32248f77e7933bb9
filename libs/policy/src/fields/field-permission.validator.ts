import { ForbiddenFieldError } from '../errors/forbidden-field.error';
import type { PolicyAbility, PolicyAction, PolicySubject, WorkspaceRole } from '../types/policy.types';

/**
 * The fields among `fields` that `action` on `subject` (a subject type, or a row tagged with CASL's
 * `subject()`) may not touch.
 *
 * @example
 * forbiddenFieldsOf(ability, 'update', 'Contact', Object.keys(body)); // ['email'] when email is hidden
 */
export function forbiddenFieldsOf(ability: PolicyAbility, action: PolicyAction, subject: PolicySubject, fields: readonly string[]): string[] {
  return fields.filter((field) => !ability.can(action, subject, field));
}

/**
 * Throws `ForbiddenFieldError` naming every field of `fields` that `action` on `subject` may not touch (e.g.
 * the keys of a write body). `context` (role, purpose) only enriches the error.
 *
 * @example
 * assertFieldsPermitted(ability, 'create', 'Contact', Object.keys(dto), { role: 'member', purpose: 'service.crm' });
 */
export function assertFieldsPermitted(
  ability: PolicyAbility,
  action: PolicyAction,
  subject: PolicySubject,
  fields: readonly string[],
  context: { role?: WorkspaceRole; purpose?: string } = {},
): void {
  const forbidden = forbiddenFieldsOf(ability, action, subject, fields);
  if (forbidden.length === 0) return;
  const type = typeof subject === 'string' ? subject : ability.detectSubjectType(subject);
  const entity = typeof type === 'string' ? type : type.name;
  throw new ForbiddenFieldError({ entity, fields: forbidden, action, ...context });
}
