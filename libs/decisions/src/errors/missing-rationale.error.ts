import { MIN_RATIONALE_LENGTH } from '../types/decision-status.types';
import { DecisionError } from './decision.error';

/**
 * A review without a written rationale of at least `MIN_RATIONALE_LENGTH` characters.
 *
 * @example
 * expect(() => transition(state, { type: 'review', rationale: 'ok', ... })).toThrow(MissingRationaleError);
 */
export class MissingRationaleError extends DecisionError {
  constructor(decisionId: string) {
    super('MISSING_RATIONALE', decisionId, `a review needs a written rationale of at least ${MIN_RATIONALE_LENGTH} characters saying why the effect is approved, modified or rejected`);
  }
}
