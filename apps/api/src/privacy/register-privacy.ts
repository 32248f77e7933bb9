import { getMetadataStorage, type PrivacyMetadataStorage } from '@lawful/annotations';
import { CATEGORIES } from './categories.taxonomy';
import { PURPOSES } from './purposes.taxonomy';
import { RECIPIENTS } from './recipients.taxonomy';
import { RETENTION_CLASSES } from './retention.taxonomy';
import { SOURCES } from './sources.taxonomy';
import { SUBJECTS } from './subjects.taxonomy';

/**
 * Registers Aktok's taxonomy (categories, purposes, subjects, recipients, retention classes, sources).
 *
 * @example
 * registerPrivacyTaxonomy(getMetadataStorage());
 */
export function registerPrivacyTaxonomy(storage: PrivacyMetadataStorage): void {
  const { registry } = storage;
  registry.categories.register(...CATEGORIES);
  registry.purposes.register(...PURPOSES);
  registry.subjects.register(...SUBJECTS);
  registry.sources.register(...SOURCES);
  registry.retention.register(...RETENTION_CLASSES);
  registry.recipients.register(...RECIPIENTS);
}

/**
 * Registers the taxonomy and seals the annotations once per process: every entity annotation is then checked
 * against it. Call after the entity classes are imported (the app module does).
 *
 * @example
 * ensurePrivacySealed(); // throws AnnotationValidationError listing every bad annotation
 */
export function ensurePrivacySealed(storage: PrivacyMetadataStorage = getMetadataStorage()): PrivacyMetadataStorage {
  if (!storage.sealed) {
    if (!storage.registry.purposes.has('service')) registerPrivacyTaxonomy(storage);
    storage.seal();
  }
  return storage;
}
