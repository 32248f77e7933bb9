import type { EntityTarget } from '@lawful/annotations';
import type { DataSource } from 'typeorm';
import type { SchemaMapping } from './schema-mapping.types';

/**
 * Builds TypeORM's entity metadata without connecting (naming strategy applied) and exposes it as a
 * `SchemaMapping`.
 *
 * @example
 * const mapping = await typeormSchemaMapping(new DataSource({ type: 'postgres', entities: ENTITIES }));
 */
export async function typeormSchemaMapping(dataSource: DataSource): Promise<SchemaMapping> {
  if (!dataSource.isInitialized && dataSource.entityMetadatas.length === 0) {
    await (dataSource as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  }
  const byTarget = new Map(dataSource.entityMetadatas.map((m) => [m.target, m]));
  return {
    tableOf: (entity: EntityTarget) => byTarget.get(entity)?.tableName,
    columnsOf: (entity: EntityTarget) =>
      byTarget.get(entity)?.columns.map((c) => ({ property: c.propertyPath, column: c.databaseName })) ?? [],
  };
}
