import type { Purpose } from '@lawful/annotations';
import type { RawRuleOf } from '@casl/ability';
import { UnknownEntityError } from '../errors/unknown-entity.error';
import { UnsupportedConditionError } from '../errors/unsupported-condition.error';
import { SUBJECT_STATE_ACTIONS } from '../roles/role-defaults.constants';
import type { PolicyAbility } from '../types/policy.types';
import type { SubjectStateFilter } from '../types/subject-state.types';

/**
 * Inverted (`cannot`) rules withholding the rows of `filters`, to be added after the `can` rules (later rules
 * win in CASL). A `restriction` filter is skipped when the purpose is registered `allowedWhenRestricted`
 * (GDPR Art. 18(2): storage, legal claims, …). A filter naming an entity the policy does not know throws
 * `UnknownEntityError`: ignoring it would process rows that must be withheld. A top-level `$or`/`$and` throws
 * `UnsupportedConditionError` (CASL's matcher would silently never match it): pass one filter per alternative.
 *
 * @example
 * subjectStateRules([{ entity: 'Contact', reason: 'objection', exclude: { id: { $in: ['c1'] } } }], purpose, entities);
 * // [{ inverted: true, action: ['read', 'update', 'delete'], subject: 'Contact', conditions: { id: { $in: ['c1'] } }, reason: 'subject state: objection' }]
 */
export function subjectStateRules(filters: readonly SubjectStateFilter[], purpose: Purpose, entities: ReadonlySet<string> | ReadonlyMap<string, unknown>): RawRuleOf<PolicyAbility>[] {
  const rules: RawRuleOf<PolicyAbility>[] = [];
  for (const filter of filters) {
    if (!entities.has(filter.entity)) throw new UnknownEntityError(filter.entity, `subject-state filter (${filter.reason}) names an entity without privacy annotations`);
    const logical = Object.keys(filter.exclude ?? {}).find((key) => key.startsWith('$'));
    if (logical !== undefined) {
      throw new UnsupportedConditionError(filter.entity, undefined, `subject-state filter (${filter.reason}) uses top-level ${logical}, which CASL's Mongo matcher reads as a field; use one filter per alternative`, { operator: logical });
    }
    if (filter.reason === 'restriction' && purpose.allowedWhenRestricted) continue;
    rules.push({
      inverted: true,
      action: [...(filter.actions ?? SUBJECT_STATE_ACTIONS)],
      subject: filter.entity,
      conditions: filter.exclude,
      reason: `subject state: ${filter.reason}`,
    });
  }
  return rules;
}
