import { AnnotationError } from './annotation.error';

/**
 * A legal-basis override for a purpose the field does not declare, or with an invalid basis.
 *
 * @example
 * expect(() => storage.seal()).toThrow(/legal basis/);
 */
export class BasisOverrideError extends AnnotationError {
  constructor(entity: string, property: string | undefined, problem: string, extra: Record<string, unknown> = {}) {
    super('INVALID_BASIS_OVERRIDE', entity, property, problem, extra);
  }
}
