import { DecisionError } from './decision.error';

/**
 * The reviewer already reviewed this decision: a contested decision goes to a different reviewer (Art. 22(3)).
 *
 * @example
 * expect(() => transition({ ...state, status: 'contested', reviewers: ['a1'] }, { type: 'review', actor: 'a1', ... })).toThrow(RepeatReviewerError);
 */
export class RepeatReviewerError extends DecisionError {
  constructor(decisionId: string, reviewer: string) {
    super('REPEAT_REVIEWER', decisionId, 'this reviewer already reviewed the decision; a contested decision must be reviewed by a different person with review permission', { reviewer });
  }
}
