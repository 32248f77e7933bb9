import { InvalidAnnotationError } from '../errors/invalid-annotation.error';
import type { EntityTarget } from '../types/vocabulary.types';

/**
 * Class and property name a property decorator was applied to; rejects static members and symbols.
 *
 * @example
 * const { entity, property } = propertyTarget(prototype, 'email', '@PersonalData');
 */
export function propertyTarget(prototype: object, key: string | symbol, decorator: string): { entity: EntityTarget; property: string } {
  if (typeof prototype === 'function') {
    throw new InvalidAnnotationError(prototype.name, String(key), `${decorator} cannot annotate a static member`);
  }
  const entity = prototype.constructor as EntityTarget;
  if (typeof key !== 'string') {
    throw new InvalidAnnotationError(entity.name, String(key), `${decorator} needs a string property name, not a symbol`);
  }
  return { entity, property: key };
}
