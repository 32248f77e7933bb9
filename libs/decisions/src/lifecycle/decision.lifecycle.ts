import { DecisionStateError } from '../errors/decision-state.error';
import { MissingRationaleError } from '../errors/missing-rationale.error';
import { RepeatReviewerError } from '../errors/repeat-reviewer.error';
import { ReviewerNotPermittedError } from '../errors/reviewer-not-permitted.error';
import { SelfReviewError } from '../errors/self-review.error';
import type { DecisionAction, DecisionState, DecisionTransition } from '../types/decision-state.types';
import { MIN_RATIONALE_LENGTH } from '../types/decision-status.types';

const REVIEWABLE = new Set(['proposed', 'contested']);
const CONTESTABLE = new Set(['proposed', 'approved', 'applied']);

function review(state: DecisionState, action: Extract<DecisionAction, { type: 'review' }>): DecisionTransition {
  if (!REVIEWABLE.has(state.status)) throw new DecisionStateError(state.id, state.status, 'review');
  if (!action.mayReview) throw new ReviewerNotPermittedError(state.id, action.actor, 'review');
  if (action.actor === state.triggeredBy) throw new SelfReviewError(state.id, action.actor);
  if (state.reviewers.includes(action.actor)) throw new RepeatReviewerError(state.id, action.actor);
  if (typeof action.rationale !== 'string' || action.rationale.trim().length < MIN_RATIONALE_LENGTH) throw new MissingRationaleError(state.id);
  if (action.outcome === 'rejected') return { status: 'rejected', effect: state.status === 'contested' ? 'revoke' : 'none' };
  return { status: 'approved', effect: 'none' };
}

/**
 * The one rule book of a gated decision (GDPR Art. 22, ICO guidance): what each step does to its status and its
 * effect, or the typed error saying why the step is refused.
 *
 * - review (proposed or contested): needs review permission, a reviewer who did not trigger the run and has not
 *   reviewed this decision before (so a contested decision goes to a different reviewer), and a written rationale;
 *   approve or modify → `approved`, reject → `rejected` (revoking a suspended effect).
 * - apply (approved only): needs review permission → `applied`; the effect is applied.
 * - contest (proposed, approved or applied): → `contested`; an applied effect is suspended.
 * - view (any status): the subject's point of view is recorded; nothing else changes.
 *
 * @example
 * transition({ id, status: 'proposed', triggeredBy: 'm1', reviewers: [] },
 *   { type: 'review', actor: 'a1', mayReview: true, outcome: 'approved', rationale: 'Inputs checked with the account owner.' });
 * // { status: 'approved', effect: 'none' }
 */
export function transition(state: DecisionState, action: DecisionAction): DecisionTransition {
  switch (action.type) {
    case 'review':
      return review(state, action);
    case 'apply':
      if (state.status !== 'approved') throw new DecisionStateError(state.id, state.status, 'apply');
      if (!action.mayReview) throw new ReviewerNotPermittedError(state.id, action.actor, 'apply');
      return { status: 'applied', effect: 'apply' };
    case 'contest':
      if (!CONTESTABLE.has(state.status)) throw new DecisionStateError(state.id, state.status, 'contest');
      return { status: 'contested', effect: state.status === 'applied' ? 'suspend' : 'none' };
    case 'view':
      return { status: state.status, effect: 'none' };
  }
}
