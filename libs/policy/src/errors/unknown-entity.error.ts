import { PolicyError } from './policy.error';

/**
 * An entity (subject type) with no privacy annotations, or two annotated classes sharing one name.
 *
 * @example
 * expect(() => factory.permittedFields('viewer', 'service.crm', 'Contakt', NO_RESTRICTIONS)).toThrow(UnknownEntityError);
 */
export class UnknownEntityError extends PolicyError {
  constructor(entity: string, problem = 'has no privacy annotations; annotate the entity or fix the name') {
    super('UNKNOWN_ENTITY', `${entity}: ${problem}`, { entity });
  }
}
