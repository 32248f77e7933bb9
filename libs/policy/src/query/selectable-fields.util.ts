import type { PolicyAbility, PolicyAction } from '../types/policy.types';

/**
 * The properties (among `properties`) a query for `action` on `subjectType` may select, decided without a row:
 * a property is kept when every `can` rule for the action grants it and no field-level `cannot` rule names
 * it. When rules grant different fields to different rows, only the fields all of them grant are kept (fail
 * closed: SQL selects the same columns for every row). Abilities built by `PolicyAbilityFactory` have one
 * `can` rule per entity, so this equals CASL's `permittedFieldsOf`.
 *
 * @example
 * selectableFields(ability, 'read', 'Contact', ['id', 'email', 'phone']); // ['id', 'email']
 */
export function selectableFields(ability: PolicyAbility, action: PolicyAction, subjectType: string, properties: readonly string[]): string[] {
  const rules = ability.possibleRulesFor(action, subjectType);
  const grants = rules.filter((rule) => !rule.inverted);
  if (grants.length === 0) return [];
  const denials = rules.filter((rule) => rule.inverted && rule.fields !== undefined);
  return properties.filter((p) => grants.every((rule) => rule.matchesField(p)) && !denials.some((rule) => rule.matchesField(p)));
}
