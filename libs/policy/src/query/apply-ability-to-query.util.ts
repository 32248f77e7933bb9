import type { EntityTarget } from '@lawful/annotations';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { PolicyError } from '../errors/policy.error';
import { UnsupportedConditionError } from '../errors/unsupported-condition.error';
import type { PolicyAbility, PolicyAction } from '../types/policy.types';
import { ConditionsToSql } from './conditions-to-sql.translator';
import { rulesToSql } from './rules-to-sql.util';
import { selectableFields } from './selectable-fields.util';
import { SqlParams } from './sql-params.util';

type Alias = NonNullable<SelectQueryBuilder<ObjectLiteral>['expressionMap']['mainAlias']>;

/**
 * Enforces an ability on a TypeORM select query, in SQL: (a) the rows `action` may touch become a
 * parameterized WHERE (workspace isolation, ownership, `cannot` rules of subject state as `AND NOT …`),
 * with property names mapped to columns through the entity metadata; (b) the main alias selects only the
 * permitted columns, plus the primary key. No row is fetched and then filtered in memory.
 *
 * - Conditions the translation cannot express exactly throw `UnsupportedConditionError` (never dropped).
 * - No rule for the action means no row (`WHERE FALSE`).
 * - WHERE clauses already on the builder are kept and bracketed, so an earlier `orWhere` cannot escape the
 *   policy. Call this last: a `where()`/`orWhere()` added afterwards would replace or bypass it.
 * - Joined entities are enforced for `read`: their row conditions are added to the join's ON clause (a LEFT
 *   JOIN then yields no joined entity, an INNER JOIN drops the row) and their selected columns are narrowed
 *   the same way. A joined entity the ability has no rule for never matches. Sub-query joins are not touched.
 *
 * @example
 * const qb = dataSource.getRepository(Contact).createQueryBuilder('contact').orderBy('contact.createdAt');
 * const contacts = await applyAbilityToQuery(qb, ability, 'read', Contact).getMany();
 */
export function applyAbilityToQuery<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  ability: PolicyAbility,
  action: PolicyAction,
  entityTarget: EntityTarget | string,
  alias?: string,
): SelectQueryBuilder<T> {
  const main = qb.expressionMap.mainAlias;
  const subjectType = typeof entityTarget === 'string' ? entityTarget : entityTarget.name;
  if (main === undefined || !main.hasMetadata || (alias !== undefined && main.name !== alias)) {
    throw new PolicyError('QUERY_ALIAS_MISMATCH', `${subjectType}: "${alias}" is not the main alias of the query builder (${main?.name ?? 'none'})`, { entity: subjectType, alias });
  }
  if (main.metadata.targetName !== subjectType && main.metadata.target !== entityTarget) {
    throw new PolicyError('QUERY_ENTITY_MISMATCH', `${subjectType}: the query builder selects ${main.metadata.targetName}`, { entity: subjectType, alias: main.name });
  }
  const params = new SqlParams(qb.getParameters());

  const where = rowsSql(qb, ability, action, main, subjectType, params);
  const existing = qb.expressionMap.wheres;
  qb.expressionMap.wheres = existing.length === 0 ? [] : [{ type: 'simple', condition: { operator: 'brackets', condition: existing } }];
  if (where !== 'TRUE') qb.andWhere(where, params.values);
  narrowSelection(qb, ability, action, main, subjectType);

  for (const join of qb.expressionMap.joinAttributes) {
    if (!join.alias.hasMetadata) continue;
    const joined = join.alias.metadata.targetName;
    const on = rowsSql(qb, ability, 'read', join.alias, joined, params);
    if (on !== 'TRUE') join.condition = join.condition ? `(${join.condition}) AND ${on}` : on;
    if (join.isSelected) narrowSelection(qb, ability, 'read', join.alias, joined);
  }
  qb.setParameters(params.values);
  return qb;
}

/** The rows `action` may touch on `alias`, as SQL on its escaped columns. */
function rowsSql(qb: SelectQueryBuilder<ObjectLiteral>, ability: PolicyAbility, action: PolicyAction, alias: Alias, subjectType: string, params: SqlParams): string {
  const column = (property: string): string => {
    const found = alias.metadata.findColumnWithPropertyPath(property);
    if (found === undefined) throw new UnsupportedConditionError(subjectType, property, `is not a column of ${alias.metadata.targetName} (relations and nested paths are not supported)`);
    return `${qb.escape(alias.name)}.${qb.escape(found.databaseName)}`;
  };
  const translator = new ConditionsToSql(subjectType, column, params);
  const sql = rulesToSql(ability, action, subjectType, (conditions) => translator.translate(conditions));
  return sql === 'TRUE' || sql === 'FALSE' ? sql : `(${sql})`;
}

/** Replaces the selection of `alias` with its permitted columns and its primary key. */
function narrowSelection(qb: SelectQueryBuilder<ObjectLiteral>, ability: PolicyAbility, action: PolicyAction, alias: Alias, subjectType: string): void {
  const properties = alias.metadata.columns.map((c) => c.propertyPath);
  const permitted = new Set(selectableFields(ability, action, subjectType, properties));
  for (const pk of alias.metadata.primaryColumns) permitted.add(pk.propertyPath);
  qb.expressionMap.selects = qb.expressionMap.selects.filter((s) => s.selection !== alias.name && !s.selection.startsWith(`${alias.name}.`));
  const selected = properties.filter((p) => permitted.has(p));
  // Every column permitted: select the alias as a whole — same columns, and TypeORM hydrates a whole-alias
  // selection several times faster than a list of its columns (it looks each column up in the list per row).
  if (selected.length === properties.length) qb.addSelect(alias.name);
  else qb.addSelect(selected.map((p) => `${alias.name}.${p}`));
}
