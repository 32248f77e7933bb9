/**
 * Every metadata key, injection token and default of the NestJS integration, in one place.
 */

/**
 * Route metadata key holding the purposes a controller or route allows (set by `@Purpose()`).
 *
 * @example
 * reflector.getAllAndOverride<string[]>(PURPOSES_METADATA, [context.getHandler(), context.getClass()]);
 */
export const PURPOSES_METADATA = 'lawful:purposes';

/**
 * Property of the HTTP request under which `PurposeGuard` stores the request's `LawfulContext`.
 * Read it through `getLawfulContext(request)` or `@LawfulCtx()`, never directly.
 *
 * @example
 * (request as Record<symbol, unknown>)[LAWFUL_CONTEXT_KEY]; // the LawfulContext, or undefined
 */
export const LAWFUL_CONTEXT_KEY = Symbol.for('lawful.request-context');

/**
 * Injection token of the resolved `LawfulModuleOptions`.
 *
 * @example
 * constructor(@Inject(LAWFUL_OPTIONS) private readonly options: LawfulModuleOptions) {}
 */
export const LAWFUL_OPTIONS = Symbol.for('lawful.module-options');

/**
 * Request header in which a client names its purpose, unless `purposeHeader` says otherwise.
 *
 * @example
 * curl -H 'X-Purpose: service.crm' https://api.example.test/contacts
 */
export const DEFAULT_PURPOSE_HEADER = 'x-purpose';

/**
 * Injection token of the application's `ReviewerAuthority` (who holds review permission in a workspace).
 *
 * @example
 * LawfulDecisionsModule.forRoot({ reviewerAuthority: WorkspaceReviewerAuthority });
 */
export const REVIEWER_AUTHORITY = Symbol.for('lawful.reviewer-authority');

/**
 * Injection token of the `DecisionTableNames` the review gate uses.
 *
 * @example
 * constructor(@Inject(DECISION_TABLES) private readonly tables: DecisionTableNames) {}
 */
export const DECISION_TABLES = Symbol.for('lawful.decision-tables');
