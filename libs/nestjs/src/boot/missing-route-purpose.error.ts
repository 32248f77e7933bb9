import { RoutePurposeError } from '../purpose/route-purpose.error';

/**
 * Routes that can read or write annotated entities (their controller's dependencies reach a `DataSource`, an
 * `EntityManager`, a `LawfulQuery` or the repository of an annotated entity) declare neither `@Purpose` nor
 * `@WithoutPurpose`, or declare both. Raised at start-up by `RoutePurposesValidator`, naming each route as
 * `Controller.handler (METHOD /path)` with the fix, so the app does not boot.
 *
 * @example
 * // AuditController.list (GET /audit) reaches the database through AuditService → DataSource but declares no purpose; …
 * await expect(app.init()).rejects.toThrow(MissingRoutePurposeError);
 */
export class MissingRoutePurposeError extends RoutePurposeError {
  constructor(problems: readonly string[]) {
    super(problems, 'MISSING_ROUTE_PURPOSE', 'Routes touching annotated entities without a declared purpose');
  }
}
