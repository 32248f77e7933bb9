import { LawfulError } from '@lawful/annotations';

/**
 * Code asked for the `LawfulContext` of a request that has none: the route lacks `@Purpose`, or the code runs
 * outside an HTTP request. A programming error; the exception filter answers 500.
 *
 * @example
 * expect(() => getLawfulContext(request)).toThrow(LawfulContextMissingError);
 */
export class LawfulContextMissingError extends LawfulError {
  constructor() {
    super('LAWFUL_CONTEXT_MISSING', 'The request has no Lawful context: declare @Purpose(...) on the controller or route');
  }
}
