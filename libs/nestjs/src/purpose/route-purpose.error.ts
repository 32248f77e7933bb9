import { LawfulError } from '@lawful/annotations';

/**
 * A controller or route declares, with `@Purpose`, a purpose the application never registered or marks
 * prohibited. Raised at start-up, naming every such declaration, so the app does not boot. Subclasses (e.g.
 * `MissingRoutePurposeError`) report other route-purpose problems with their own code and heading.
 *
 * @example
 * await expect(app.init()).rejects.toThrow(RoutePurposeError);
 */
export class RoutePurposeError extends LawfulError {
  constructor(
    readonly problems: readonly string[],
    code = 'INVALID_ROUTE_PURPOSE',
    heading = 'Invalid @Purpose declarations',
  ) {
    super(code, `${heading}:\n- ${problems.join('\n- ')}`, { problems: [...problems] });
  }
}
