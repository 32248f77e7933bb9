import { getMetadataStorage } from '../storage/get-metadata-storage';
import type { PersonalDataOptions } from '../types/personal-data-options.types';
import { callerLocation } from '../utils/source-location.util';
import { validatePersonalDataOptions } from '../validation/personal-data-options.validator';
import { propertyTarget } from './property-target.util';

/**
 * Declares a property as personal data: what it is, whose, why, on which basis, how long, who receives it
 * and how it is erased. Throws a typed `AnnotationError` naming class and property when the options are invalid.
 *
 * @example
 * class User {
 *   @PersonalData({
 *     category: 'user.contact.email', subject: 'account_holder', purposes: ['service.account', 'security'],
 *     source: 'provided', retention: 'account', recipients: ['quickemailverification'], erasure: 'hash',
 *   })
 *   email!: string;
 * }
 */
export function PersonalData(options: PersonalDataOptions): PropertyDecorator {
  const declaredAt = callerLocation();
  return (prototype, key) => {
    const { entity, property } = propertyTarget(prototype, key, '@PersonalData');
    const field = validatePersonalDataOptions(entity, property, options);
    getMetadataStorage().addField(declaredAt ? { ...field, declaredAt } : field);
  };
}
