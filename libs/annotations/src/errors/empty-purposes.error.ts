import { AnnotationError } from './annotation.error';

/**
 * Personal data declared without any purpose.
 *
 * @example
 * expect(() => storage.seal()).toThrow(/at least one purpose/);
 */
export class EmptyPurposesError extends AnnotationError {
  constructor(entity: string, property: string | undefined, problem: string, extra: Record<string, unknown> = {}) {
    super('EMPTY_PURPOSES', entity, property, problem, extra);
  }
}
