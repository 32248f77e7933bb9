import { applyAbilityToQuery, type PolicyAbility, type PolicyAction } from '@lawful/policy';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * A WHERE clause for an UPDATE or DELETE of the entity `qb` selects: its primary-key column `IN` the rows of
 * `qb` that `action` may touch under `ability` (workspace, subject state). The statement itself then carries
 * the ability's row conditions, so a row changed between a check and the write is never touched wrongly.
 *
 * @example
 * const { where, parameters } = allowedRowsWhere(byId, ability, 'delete', 'Contact', 'contact', repository.metadata.primaryColumns[0]);
 * await repository.createQueryBuilder().delete().where(where, parameters).execute();
 */
export function allowedRowsWhere<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  ability: PolicyAbility,
  action: PolicyAction,
  entity: string,
  alias: string,
  pk: { propertyPath: string; databaseName: string },
): { where: string; parameters: Record<string, unknown> } {
  const allowed = applyAbilityToQuery(qb, ability, action, entity, alias).select(`${alias}.${pk.propertyPath}`);
  return { where: `${allowed.escape(pk.databaseName)} IN (${allowed.getQuery()})`, parameters: allowed.getParameters() };
}
