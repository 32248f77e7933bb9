import { LawfulError } from '@lawful/annotations';

/**
 * Base class of every error about gated automated decisions; carries the decision id (never personal data).
 *
 * @example
 * try { transition(state, action); }
 * catch (e) { if (e instanceof DecisionError) console.error(e.code, e.context['decisionId']); }
 */
export class DecisionError extends LawfulError {
  constructor(code: string, decisionId: string | undefined, message: string, extra: Record<string, unknown> = {}) {
    super(code, message, { decisionId, ...extra });
  }
}
