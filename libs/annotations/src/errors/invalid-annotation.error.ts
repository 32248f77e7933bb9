import { AnnotationError } from './annotation.error';

/**
 * Any other malformed annotation: a wrong value type, an unknown option, conflicting annotations.
 *
 * @example
 * expect(() => storage.seal()).toThrow(/invalid/);
 */
export class InvalidAnnotationError extends AnnotationError {
  constructor(entity: string, property: string | undefined, problem: string, extra: Record<string, unknown> = {}) {
    super('INVALID_ANNOTATION', entity, property, problem, extra);
  }
}
