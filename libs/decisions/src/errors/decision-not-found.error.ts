import { DecisionError } from './decision.error';

/**
 * No decision with this id in the workspace.
 *
 * @example
 * await expect(gate.review(ctx, missingId, input)).rejects.toThrow(DecisionNotFoundError);
 */
export class DecisionNotFoundError extends DecisionError {
  constructor(decisionId: string) {
    super('DECISION_NOT_FOUND', decisionId, 'no automated decision with this id in the workspace');
  }
}
