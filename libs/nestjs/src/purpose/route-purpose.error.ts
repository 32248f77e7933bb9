import { LawfulError } from '@lawful/annotations';

/**
 * A controller or route declares, with `@Purpose`, a purpose the application never registered or marks
 * prohibited. Raised at start-up, naming every such declaration, so the app does not boot.
 *
 * @example
 * await expect(app.init()).rejects.toThrow(RoutePurposeError);
 */
export class RoutePurposeError extends LawfulError {
  constructor(readonly problems: readonly string[]) {
    super('INVALID_ROUTE_PURPOSE', `Invalid @Purpose declarations:\n- ${problems.join('\n- ')}`, { problems: [...problems] });
  }
}
