import { DecisionError } from './decision.error';

/**
 * The acting user does not hold review permission in the decision's workspace (reviewing and applying need it).
 *
 * @example
 * expect(() => transition(state, { type: 'review', actor: viewerId, mayReview: false, ... })).toThrow(ReviewerNotPermittedError);
 */
export class ReviewerNotPermittedError extends DecisionError {
  constructor(decisionId: string, actor: string, action: 'review' | 'apply', role?: string) {
    super(
      'REVIEWER_NOT_PERMITTED',
      decisionId,
      `${action === 'review' ? 'reviewing' : 'applying'} an automated decision needs review permission in the workspace${role === undefined ? '' : ` (role "${role}" does not hold it)`}; ask a workspace owner or admin`,
      { actor, action, ...(role === undefined ? {} : { role }) },
    );
  }
}
