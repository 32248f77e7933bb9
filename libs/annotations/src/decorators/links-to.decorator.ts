import { InvalidAnnotationError } from '../errors/invalid-annotation.error';
import { getMetadataStorage } from '../storage/get-metadata-storage';
import type { EntityTarget } from '../types/vocabulary.types';
import { callerLocation } from '../utils/source-location.util';
import { propertyTarget } from './property-target.util';

/**
 * Marks a foreign key of a link (join) entity: the rows it points to are about the subjects that own the link row.
 * The linked entity then reaches those subjects through the link, with a shared edge (the linked row may be linked
 * to several subjects): subject exports include it, and erasure deletes a linked row linked to no other subject and
 * anonymizes it otherwise. The link entity itself needs an `@OwnedBy` on its other foreign key.
 *
 * @example
 * class NoteContact {
 *   @LinksTo(() => Note)
 *   @NotPersonal({ reason: 'foreign key' })
 *   noteId!: string;
 *
 *   @OwnedBy(() => Contact, { shared: true })
 *   @NotPersonal({ reason: 'foreign key' })
 *   contactId!: string;
 * }
 */
export function LinksTo(linked: () => EntityTarget): PropertyDecorator {
  const declaredAt = callerLocation();
  return (prototype, key) => {
    const { entity, property } = propertyTarget(prototype, key, '@LinksTo');
    if (typeof linked !== 'function') {
      throw new InvalidAnnotationError(entity.name, property, '@LinksTo() takes a function returning the linked class, e.g. @LinksTo(() => Note)');
    }
    getMetadataStorage().addLink({ target: entity, property, linked, ...(declaredAt ? { declaredAt } : {}) });
  };
}
