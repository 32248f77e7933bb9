import { ForbiddenFieldError } from '@lawful/policy';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * `alias.column` of `property` on the main alias of `qb`, escaped for raw SQL. A property that is no column of
 * the entity (unknown, or a relation) cannot be filtered or sorted on: `ForbiddenFieldError` (403) for `read`.
 *
 * @example
 * qb.addOrderBy(escapedColumn(qb, 'Contact', 'name'), 'ASC'); // "contact"."full_name"
 */
export function escapedColumn<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, entity: string, property: string): string {
  const main = qb.expressionMap.mainAlias;
  const column = main?.hasMetadata ? main.metadata.findColumnWithPropertyPath(property) : undefined;
  if (main === undefined || column === undefined) throw new ForbiddenFieldError({ entity, fields: [property], action: 'read' });
  return `${qb.escape(main.name)}.${qb.escape(column.databaseName)}`;
}
