import { AnnotationError } from './annotation.error';

/**
 * A third-party source key the application did not register.
 *
 * @example
 * expect(() => storage.seal()).toThrow(/unknown third-party source/);
 */
export class UnknownSourceError extends AnnotationError {
  constructor(entity: string, property: string | undefined, problem: string, extra: Record<string, unknown> = {}) {
    super('UNKNOWN_SOURCE', entity, property, problem, extra);
  }
}
