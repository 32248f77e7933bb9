import type { EntityTarget, PrivacyMetadataStorage } from '@lawful/annotations';

/**
 * The properties of `target` whose values are the ids of the data subjects a row is about, for the access
 * audit: its `@OwnedBy` properties that point to a `@DataSubject` entity (a deal's `contactId`, a lead score's
 * `contactId`), else its primary key when the entity is itself a `@DataSubject` entity (a contact), else none.
 * Owners come first because an entity can be both (a `LeadScore` describes the contact it is owned by).
 *
 * @example
 * auditSubjectProperties(storage, Contact, 'id'); // ['id']
 * auditSubjectProperties(storage, Deal, 'id');    // ['contactId']
 */
export function auditSubjectProperties(storage: PrivacyMetadataStorage, target: EntityTarget, primaryKey: string): string[] {
  const entity = storage.entityOf(target);
  const owners = entity.owners.filter((o) => storage.entityOf(o.owner()).subject !== undefined).map((o) => o.property);
  if (owners.length > 0) return [...new Set(owners)];
  return entity.subject === undefined ? [] : [primaryKey];
}

/**
 * The distinct, non-null values of `properties` over `rows`, as strings, in order of appearance.
 *
 * @example
 * idsOf([{ contactId: 'c1' }, { contactId: 'c1' }, { contactId: null }], ['contactId']); // ['c1']
 */
export function idsOf(rows: readonly Record<string, unknown>[], properties: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const row of rows) {
    for (const property of properties) {
      const value = row[property];
      if (value !== null && value !== undefined) ids.add(String(value));
    }
  }
  return [...ids];
}
