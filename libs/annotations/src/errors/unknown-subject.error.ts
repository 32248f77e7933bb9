import { AnnotationError } from './annotation.error';

/**
 * A data-subject key the application did not register, or a field with no subject at all.
 *
 * @example
 * expect(() => storage.seal()).toThrow(/subject/);
 */
export class UnknownSubjectError extends AnnotationError {
  constructor(entity: string, property: string | undefined, problem: string, extra: Record<string, unknown> = {}) {
    super('UNKNOWN_SUBJECT', entity, property, problem, extra);
  }
}
