import { InvalidAnnotationError } from '../errors/invalid-annotation.error';
import { getMetadataStorage } from '../storage/get-metadata-storage';
import type { EntityTarget } from '../types/vocabulary.types';
import { callerLocation } from '../utils/source-location.util';
import { propertyTarget } from './property-target.util';

/**
 * Options of `@OwnedBy()`.
 *
 * @example
 * @OwnedBy(() => Contact, { shared: true })
 */
export interface OwnedByOptions {
  /** The row also belongs to other subjects (erase this subject's part, keep the row). */
  shared?: boolean;
}

/**
 * Declares an ownership path: the row belongs to the subject (or owned entity) this foreign key or relation
 * points to. Subject exports and erasure follow these edges (K9db's OWNED_BY).
 *
 * @example
 * class Note {
 *   @OwnedBy(() => Contact)
 *   @NotPersonal({ reason: 'foreign key' })
 *   contactId!: string;
 * }
 */
export function OwnedBy(owner: () => EntityTarget, options: OwnedByOptions = {}): PropertyDecorator {
  const declaredAt = callerLocation();
  return (prototype, key) => {
    const { entity, property } = propertyTarget(prototype, key, '@OwnedBy');
    if (typeof owner !== 'function') {
      throw new InvalidAnnotationError(entity.name, property, '@OwnedBy() takes a function returning the owner class, e.g. @OwnedBy(() => Contact)');
    }
    getMetadataStorage().addOwner({
      target: entity,
      property,
      owner,
      shared: options.shared === true,
      ...(declaredAt ? { declaredAt } : {}),
    });
  };
}
