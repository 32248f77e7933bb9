import { AnnotationError } from './annotation.error';

/**
 * A recipient (sub-processor) key the application did not register.
 *
 * @example
 * expect(() => storage.seal()).toThrow(/unknown recipient/);
 */
export class UnknownRecipientError extends AnnotationError {
  constructor(entity: string, property: string | undefined, problem: string, extra: Record<string, unknown> = {}) {
    super('UNKNOWN_RECIPIENT', entity, property, problem, extra);
  }
}
