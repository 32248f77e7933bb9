import { type EntityTarget, getMetadataStorage, type ProcessingRoleType } from '@lawful/annotations';
import type { DataSource } from 'typeorm';

/**
 * One value of one row containing an identifier.
 *
 * @example
 * const hit: IdentifierHit = { entity: 'PaymentRecord', property: 'userId', recordId: 'p1', held: false, link: true };
 */
export interface IdentifierHit {
  entity: string;
  property: string;
  recordId: string;
  /** The field is personal data under a legal hold (annotation). */
  held: boolean;
  /** The property is an ownership link (`@OwnedBy` / `@LinksTo`) of the entity. */
  link: boolean;
}

/**
 * The no-trace scan: every annotated entity with a TypeORM table (optionally of one processing role), every column
 * cast to text, searched case-insensitively for each of `needles` (ids, emails, names, phone numbers…). One query
 * per table; answers every hit with whether the field is under a legal hold.
 *
 * @example
 * const hits = await scanForIdentifiers(dataSource, [contact.id, contact.email]);
 * expect(hits.filter((h) => !h.held)).toEqual([]);
 */
export async function scanForIdentifiers(dataSource: DataSource, needles: readonly string[], role?: ProcessingRoleType): Promise<IdentifierHit[]> {
  const storage = getMetadataStorage();
  const entities = storage.entities().filter((e) => dataSource.hasMetadata(e) && !dataSource.getMetadata(e).isJunction && (role === undefined || storage.roleOf(e) === role));
  const hits: IdentifierHit[] = [];
  for (const entity of entities as EntityTarget[]) {
    const meta = dataSource.getMetadata(entity);
    const match = (column: string) => `(${needles.map((_, i) => `strpos(lower(t."${column}"::text), lower($${i + 1})) > 0`).join(' OR ')})`;
    const flags = meta.columns.map((c) => `CASE WHEN ${match(c.databaseName)} THEN '${c.propertyName}' END`);
    const rows = (await dataSource.query(
      `SELECT t."${meta.primaryColumns[0].databaseName}"::text AS id, array_remove(ARRAY[${flags.join(', ')}], NULL) AS properties FROM "${meta.tableName}" t WHERE ${meta.columns.map((c) => match(c.databaseName)).join(' OR ')}`,
      [...needles],
    )) as { id: string; properties: string[] }[];
    const links = new Set([...storage.entityOf(entity).owners.map((o) => o.property), ...storage.linksOf(entity).map((l) => l.property)]);
    for (const row of rows) {
      for (const property of row.properties) {
        const field = storage.fieldOf(entity, property);
        const held = field !== undefined && field.kind === 'personal' && field.erasure.legalHold !== undefined;
        hits.push({ entity: entity.name, property, recordId: row.id, held, link: links.has(property) });
      }
    }
  }
  return hits.sort((a, b) => `${a.entity}.${a.property}`.localeCompare(`${b.entity}.${b.property}`));
}
