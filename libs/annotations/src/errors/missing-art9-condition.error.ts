import { AnnotationError } from './annotation.error';

/**
 * Special-category data (GDPR Art. 9) without an Art. 9(2) condition, or a special category not flagged special.
 *
 * @example
 * expect(() => storage.seal()).toThrow(/Art. 9/);
 */
export class MissingArt9ConditionError extends AnnotationError {
  constructor(entity: string, property: string | undefined, problem: string, extra: Record<string, unknown> = {}) {
    super('MISSING_ART9_CONDITION', entity, property, problem, extra);
  }
}
