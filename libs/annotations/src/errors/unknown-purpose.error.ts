import { AnnotationError } from './annotation.error';

/**
 * A purpose key the application did not register.
 *
 * @example
 * expect(() => storage.seal()).toThrow(/unknown purpose/);
 */
export class UnknownPurposeError extends AnnotationError {
  constructor(entity: string, property: string | undefined, problem: string, extra: Record<string, unknown> = {}) {
    super('UNKNOWN_PURPOSE', entity, property, problem, extra);
  }
}
