import { AnnotationError } from './annotation.error';

/**
 * A data-category key that is neither built in nor registered.
 *
 * @example
 * expect(() => storage.seal()).toThrow(/unknown data category/);
 */
export class UnknownCategoryError extends AnnotationError {
  constructor(entity: string, property: string | undefined, problem: string, extra: Record<string, unknown> = {}) {
    super('UNKNOWN_CATEGORY', entity, property, problem, extra);
  }
}
