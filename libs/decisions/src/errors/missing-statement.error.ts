import { DecisionError } from './decision.error';

/**
 * A contest or a point of view recorded without the subject's statement.
 *
 * @example
 * await expect(gate.contest(actor, decisionId, ' ')).rejects.toThrow(MissingStatementError);
 */
export class MissingStatementError extends DecisionError {
  constructor(decisionId: string, step: 'contest' | 'view') {
    super('MISSING_STATEMENT', decisionId, `${step === 'contest' ? 'a contest' : 'a point of view'} needs the subject's statement in "statement" (their own words, as received)`, { step });
  }
}
