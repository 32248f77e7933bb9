import { KEY_PATTERN } from '../constants';
import { InvalidAnnotationError } from '../errors/invalid-annotation.error';
import { getMetadataStorage } from '../storage/get-metadata-storage';
import type { EntityTarget } from '../types/vocabulary.types';
import { callerLocation } from '../utils/source-location.util';

/**
 * Declares that each row of the entity describes one data subject of the given category (K9db's DATA_SUBJECT).
 * Personal fields of the entity default to this subject.
 *
 * @example
 * @DataSubject('crm_contact')
 * class Contact {}
 */
export function DataSubject(subject: string): ClassDecorator {
  const declaredAt = callerLocation();
  return (target) => {
    const entity = target as EntityTarget;
    if (typeof subject !== 'string' || !KEY_PATTERN.test(subject)) {
      throw new InvalidAnnotationError(entity.name, undefined, `@DataSubject() needs a subject key such as "account_holder", got ${JSON.stringify(subject)}`);
    }
    const storage = getMetadataStorage();
    storage.setEntity(entity, 'subject', subject, '@DataSubject');
    if (declaredAt) storage.setEntity(entity, 'declaredAt', declaredAt, '@DataSubject');
  };
}
