import { PolicyError } from './policy.error';

/**
 * A rule condition the SQL translation cannot express exactly (unknown operator, nested path, object value…).
 * Raised instead of dropping the condition, since a dropped condition widens access.
 *
 * @example
 * expect(() => applyAbilityToQuery(qb, ability, 'read', Contact)).toThrow(UnsupportedConditionError);
 */
export class UnsupportedConditionError extends PolicyError {
  constructor(entity: string, field: string | undefined, problem: string, extra: Record<string, unknown> = {}) {
    super('UNSUPPORTED_CONDITION', `${field === undefined ? entity : `${entity}.${field}`}: ${problem}`, { entity, field, ...extra });
  }
}
