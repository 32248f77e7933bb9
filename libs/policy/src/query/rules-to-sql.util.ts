import { rulesToCondition } from '@casl/ability/extra';
import type { PolicyAbility, PolicyAction, RowConditions } from '../types/policy.types';

/**
 * The row filter of `action` on `subjectType` as one SQL boolean expression, or `'FALSE'` when no rule
 * grants it. Uses CASL's `rulesToCondition` (highest-priority rule first): each `can` rule becomes an OR
 * branch, bounded by every `cannot` rule of higher priority as `AND NOT COALESCE(…, FALSE)` — the COALESCE
 * keeps a NULL column from turning "not excluded" into "unknown" and silently dropping the row, and an
 * inverted rule is never dropped. An unconditional `can` yields `'TRUE'`. Field-level `cannot` rules (those
 * with `fields`) restrict columns, not rows, and are left to the column selection.
 *
 * @example
 * const where = rulesToSql(ability, 'read', 'Contact', (c) => translator.translate(c));
 * // ("c"."workspace_id" = :lawful0_0 AND NOT COALESCE("c"."id" IN (:...lawful0_1), FALSE))
 */
export function rulesToSql(ability: PolicyAbility, action: PolicyAction, subjectType: string, translate: (conditions: RowConditions) => string): string {
  const sql = rulesToCondition<PolicyAbility, string, string>(
    ability.rulesFor(action, subjectType),
    (rule) => {
      const condition = translate(rule.conditions as RowConditions);
      return rule.inverted ? `NOT COALESCE(${condition}, FALSE)` : condition;
    },
    {
      and: (parts) => (parts.length === 1 ? parts[0] : `(${parts.join(' AND ')})`),
      or: (parts) => (parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`),
      empty: () => 'TRUE',
    },
  );
  return sql ?? 'FALSE';
}
