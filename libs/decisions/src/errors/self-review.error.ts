import { DecisionError } from './decision.error';

/**
 * The reviewer is the person who triggered the automated run that produced the decision.
 *
 * @example
 * expect(() => transition({ ...state, triggeredBy: 'u1' }, { type: 'review', actor: 'u1', ... })).toThrow(SelfReviewError);
 */
export class SelfReviewError extends DecisionError {
  constructor(decisionId: string, reviewer: string) {
    super('SELF_REVIEW', decisionId, 'the person who triggered the automated run cannot review its decision; ask another member with review permission', { reviewer });
  }
}
