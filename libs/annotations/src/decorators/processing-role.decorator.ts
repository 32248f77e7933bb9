import { PROCESSING_ROLES } from '../constants';
import { InvalidAnnotationError } from '../errors/invalid-annotation.error';
import { getMetadataStorage } from '../storage/get-metadata-storage';
import type { EntityTarget, ProcessingRoleType as Role } from '../types/vocabulary.types';

/**
 * Declares whether the platform is **controller** of the entity's data (its own accounts, billing, security,
 * analytics) or **processor** for a workspace customer (CRM, projects, communications).
 *
 * @example
 * @ProcessingRole('processor')
 * class Contact {}
 */
export function ProcessingRole(role: Role): ClassDecorator {
  return (target) => {
    const entity = target as EntityTarget;
    if (!PROCESSING_ROLES.includes(role)) {
      throw new InvalidAnnotationError(entity.name, undefined, `@ProcessingRole() takes "controller" or "processor", got ${JSON.stringify(role)}`);
    }
    getMetadataStorage().setEntity(entity, 'processingRole', role, '@ProcessingRole');
  };
}
