import type { DecisionStatus, ReviewOutcome } from './decision-status.types';

/**
 * What the lifecycle needs to know about one decision: its id, status, who triggered the automated run, and who has
 * reviewed it so far (in order).
 *
 * @example
 * const state: DecisionState = { id, status: 'proposed', triggeredBy: memberId, reviewers: [] };
 */
export interface DecisionState {
  readonly id: string;
  readonly status: DecisionStatus;
  readonly triggeredBy: string;
  readonly reviewers: readonly string[];
}

/**
 * A step someone takes on a decision. `mayReview` says whether the acting user holds review permission in the
 * decision's workspace (the caller looks it up; the lifecycle refuses when it is false).
 *
 * @example
 * const review: DecisionAction = { type: 'review', actor: adminId, mayReview: true, outcome: 'approved', rationale: 'Checked the inputs: no reply in 90 days.' };
 */
export type DecisionAction =
  | { readonly type: 'review'; readonly actor: string; readonly mayReview: boolean; readonly outcome: ReviewOutcome; readonly rationale: string }
  | { readonly type: 'apply'; readonly actor: string; readonly mayReview: boolean }
  | { readonly type: 'contest' }
  | { readonly type: 'view' };

/**
 * What happens to the effect as a result of a step: apply it, suspend an applied one (contest), revoke a suspended
 * one for good (a contested decision rejected on re-review), or nothing.
 *
 * @example
 * if (transition.effect === 'suspend') await handler.suspend(grant, before);
 */
export type EffectChange = 'apply' | 'suspend' | 'revoke' | 'none';

/**
 * The outcome of one lifecycle step.
 *
 * @example
 * const { status, effect } = transition(state, { type: 'contest' }); // { status: 'contested', effect: 'suspend' }
 */
export interface DecisionTransition {
  readonly status: DecisionStatus;
  readonly effect: EffectChange;
}
