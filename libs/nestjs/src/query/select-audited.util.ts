import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { idsOf } from './audit-subjects.util';

/**
 * Rows of a read and what the access audit needs of it, fetched in the same query.
 *
 * @example
 * const { rows, fields, recordIds, subjectIds }: AuditedRows<Contact> = await selectAudited(qb, 'contact', 'id', ['id']);
 */
export interface AuditedRows<T> {
  rows: T[];
  /** Properties the query returns (the permitted columns and the primary key). */
  fields: string[];
  recordIds: string[];
  subjectIds: string[];
}

/**
 * Runs `qb` (already narrowed by `applyAbilityToQuery`) and returns its rows with their ids for the audit. The
 * `subjectProperties` the ability does not let the caller see are selected too, read, and removed from the
 * rows: the audit learns whose data was touched without the caller receiving a non-permitted column, and
 * without a second round trip.
 *
 * @example
 * const { rows, subjectIds } = await selectAudited(applyAbilityToQuery(qb, ability, 'read', 'Deal', 'deal'), 'deal', 'id', ['contactId']);
 */
export async function selectAudited<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  primaryKey: string,
  subjectProperties: readonly string[],
): Promise<AuditedRows<T>> {
  const prefix = `${alias}.`;
  const selections = qb.expressionMap.selects.map((s) => s.selection);
  const fields = selections.includes(alias)
    ? (qb.expressionMap.mainAlias?.metadata.columns.map((c) => c.propertyPath) ?? [])
    : selections.filter((s) => s.startsWith(prefix)).map((s) => s.slice(prefix.length));
  const hidden = subjectProperties.filter((p) => !fields.includes(p));
  if (hidden.length > 0) qb.addSelect(hidden.map((p) => `${prefix}${p}`));
  const rows = await qb.getMany();
  const subjectIds = idsOf(rows, subjectProperties);
  for (const row of rows) for (const property of hidden) delete (row as Record<string, unknown>)[property];
  return { rows, fields, recordIds: idsOf(rows, [primaryKey]), subjectIds };
}
