import type { EntityTarget } from '@lawful/annotations';

/**
 * How entities map to storage: table and column names, and the full column list (to find unannotated columns).
 * Produced from an ORM's metadata (see `typeormSchemaMapping`) or written by hand.
 *
 * @example
 * const mapping: SchemaMapping = { tableOf: () => 'users', columnsOf: () => [{ property: 'email', column: 'email' }] };
 */
export interface SchemaMapping {
  tableOf(entity: EntityTarget): string | undefined;
  columnsOf(entity: EntityTarget): { property: string; column: string }[];
}
