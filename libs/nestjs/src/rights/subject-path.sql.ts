import type { EntityTarget } from '@lawful/annotations';
import type { OwnershipHop } from '@lawful/rights';
import type { DataSource, EntityMetadata } from 'typeorm';
import { quoteIdentifier as quote } from '../sql/quote-identifier.util';

/**
 * Table and column names of annotated entities, from TypeORM's metadata, quoted for PostgreSQL.
 *
 * @example
 * const names = new SqlNames(dataSource);
 * names.table(Contact); // "contacts"
 * names.column(Contact, 'firstName'); // "first_name"
 */
export class SqlNames {
  constructor(private readonly dataSource: DataSource) {}

  metadata(entity: EntityTarget): EntityMetadata {
    return this.dataSource.getMetadata(entity);
  }

  table(entity: EntityTarget): string {
    const { schema, tableName } = this.metadata(entity);
    return schema ? `${quote(schema)}.${quote(tableName)}` : quote(tableName);
  }

  column(entity: EntityTarget, property: string): string {
    const column = this.metadata(entity).findColumnWithPropertyName(property);
    if (column === undefined) throw new Error(`${entity.name}.${property} is annotated but is no column of the TypeORM entity`);
    return quote(column.databaseName);
  }

  /** Whether the column of `property` accepts NULL. */
  nullable(entity: EntityTarget, property: string): boolean {
    return this.metadata(entity).findColumnWithPropertyName(property)?.isNullable === true;
  }
}

/**
 * SQL condition selecting the rows of `alias` (rows of `hops[0].entity`, or of the subject entity when `hops` is
 * empty) that reach the subject row whose id is the parameter `subject` through the chain of edges `hops`; each
 * hop is a sub-select on its owner's table, so every step uses the owner's key or link index.
 *
 * @example
 * pathCondition(names, 't', [{ entity: ChatMessage, property: 'threadId', owner: ChatThread, ownerProperty: 'id', shared: false },
 *   { entity: ChatThread, property: 'contactId', owner: Contact, ownerProperty: 'id', shared: false }], '$1');
 * // t."thread_id" IN (SELECT h1."id" FROM "chat_threads" h1 WHERE h1."contact_id" = $1)
 */
export function pathCondition(names: SqlNames, alias: string, hops: readonly OwnershipHop[], subject: string, depth = 1): string {
  const [hop, ...rest] = hops;
  if (hop === undefined) return `${alias}."id" = ${subject}`;
  const own = `${alias}.${names.column(hop.entity, hop.property)}`;
  if (rest.length === 0 && hop.ownerProperty === 'id') return `${own} = ${subject}`;
  const next = `h${depth}`;
  const inner = pathCondition(names, next, rest, subject, depth + 1);
  return `${own} IN (SELECT ${next}.${names.column(hop.owner, hop.ownerProperty)} FROM ${names.table(hop.owner)} ${next} WHERE ${inner})`;
}

/**
 * Condition selecting the rows of `alias` (an `entity` table) reaching the subject through any of `paths`, in a form
 * PostgreSQL plans well: `FALSE` for no path, the path's own condition for one, and for several a union of one
 * sub-select per path (`alias.id IN (SELECT … UNION ALL SELECT …)`), each arm using its own key's index and the
 * optional `scope` (e.g. the workspace filter). An `OR` of `IN (sub-select)` conditions would instead be evaluated
 * as a filter over every row of the table.
 *
 * @example
 * reachCondition(names, 't', ChatMessage, node.paths, '$1', (a) => ` AND ${a}."workspace_id" = $2`);
 */
export function reachCondition(names: SqlNames, alias: string, entity: EntityTarget, paths: readonly (readonly OwnershipHop[])[], subject: string, scope: (alias: string) => string = () => ''): string {
  if (paths.length === 0) return 'FALSE';
  if (paths.length === 1) return `(${pathCondition(names, alias, paths[0], subject)})`;
  const table = names.table(entity);
  const id = names.column(entity, 'id');
  const arms = paths.map((path, i) => `SELECT p${i}.${id} FROM ${table} p${i} WHERE ${pathCondition(names, `p${i}`, path, subject)}${scope(`p${i}`)}`);
  return `${alias}.${id} IN (${arms.join(' UNION ALL ')})`;
}
