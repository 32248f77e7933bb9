import { AnnotationError } from './annotation.error';

/**
 * A retention-class key the application did not register.
 *
 * @example
 * expect(() => storage.seal()).toThrow(/unknown retention class/);
 */
export class UnknownRetentionClassError extends AnnotationError {
  constructor(entity: string, property: string | undefined, problem: string, extra: Record<string, unknown> = {}) {
    super('UNKNOWN_RETENTION_CLASS', entity, property, problem, extra);
  }
}
