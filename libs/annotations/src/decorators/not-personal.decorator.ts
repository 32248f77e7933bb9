import { InvalidAnnotationError } from '../errors/invalid-annotation.error';
import { getMetadataStorage } from '../storage/get-metadata-storage';
import type { NotPersonalOptions } from '../types/personal-data-options.types';
import { callerLocation } from '../utils/source-location.util';
import { propertyTarget } from './property-target.util';

/**
 * Marks a property as deliberately not personal data (surrogate keys, timestamps, settings), so the privacy
 * checks know it was considered.
 *
 * @example
 * class Deal {
 *   @NotPersonal({ reason: 'surrogate key' })
 *   id!: string;
 * }
 */
export function NotPersonal(options: NotPersonalOptions = {}): PropertyDecorator {
  const declaredAt = callerLocation();
  return (prototype, key) => {
    const { entity, property } = propertyTarget(prototype, key, '@NotPersonal');
    if (options === null || typeof options !== 'object' || (options.reason !== undefined && typeof options.reason !== 'string')) {
      throw new InvalidAnnotationError(entity.name, property, '@NotPersonal() takes { reason?: string }');
    }
    getMetadataStorage().addField({
      kind: 'not_personal',
      target: entity,
      property,
      ...(options.reason !== undefined ? { reason: options.reason } : {}),
      ...(declaredAt ? { declaredAt } : {}),
    });
  };
}
