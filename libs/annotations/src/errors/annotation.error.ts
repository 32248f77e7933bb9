import { LawfulError } from './lawful.error';

/**
 * An invalid annotation on one entity property (or on the class when `property` is undefined).
 * The message always starts with `Entity.property:` and ends with how to fix it.
 *
 * @example
 * expect(() => decorate()).toThrow(AnnotationError);
 */
export class AnnotationError extends LawfulError {
  constructor(
    code: string,
    readonly entity: string,
    readonly property: string | undefined,
    problem: string,
    extra: Record<string, unknown> = {},
  ) {
    super(code, `${property === undefined ? entity : `${entity}.${property}`}: ${problem}`, {
      entity,
      property,
      ...extra,
    });
  }
}
