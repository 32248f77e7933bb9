import { LawfulError, type LawfulErrorContext } from '@lawful/annotations';

/**
 * Base class of every error raised by `@lawful/policy`. Carries a stable `code` and a `context` (entity,
 * field, purpose, role…) for logs and for the integration's HTTP mapping; never personal data values.
 *
 * @example
 * try { factory.build(input); } catch (e) { if (e instanceof PolicyError) log.warn(e.code, e.context); }
 */
export class PolicyError extends LawfulError {
  constructor(code: string, message: string, context: LawfulErrorContext = {}) {
    super(code, message, context);
  }
}
