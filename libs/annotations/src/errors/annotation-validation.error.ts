import type { AnnotationError } from './annotation.error';
import { LawfulError } from './lawful.error';

/**
 * Thrown by `seal()` when annotations reference ids the registries do not know, listing every problem at once.
 *
 * @example
 * try { storage.seal(); } catch (e) { if (e instanceof AnnotationValidationError) e.errors.forEach(x => console.error(x.message)); }
 */
export class AnnotationValidationError extends LawfulError {
  constructor(readonly errors: AnnotationError[]) {
    super(
      'INVALID_ANNOTATIONS',
      `${errors.length} invalid privacy annotation(s):\n${errors.map((e) => `  - ${e.message}`).join('\n')}`,
      { count: errors.length },
    );
  }
}
