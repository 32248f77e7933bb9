export { DECISION_STATUSES, OPEN_DECISION_STATUSES, REVIEW_OUTCOMES, MIN_RATIONALE_LENGTH } from './types/decision-status.types';
export type { DecisionStatus, ReviewOutcome } from './types/decision-status.types';
export type { DecisionAction, DecisionState, DecisionTransition, EffectChange } from './types/decision-state.types';
export { DECISION_EVENT_TYPES } from './types/decision-explanation.types';
export type { DecisionEventType, DecisionExplanation, DecisionFactor } from './types/decision-explanation.types';

export { transition } from './lifecycle/decision.lifecycle';
export { mainFactors } from './lifecycle/main-factors.util';
export { ART22_SAFEGUARDS } from './safeguards/art22.safeguards';
export type { Art22Safeguard } from './safeguards/art22.safeguards';

export { DecisionError } from './errors/decision.error';
export { DecisionNotFoundError } from './errors/decision-not-found.error';
export { DecisionStateError } from './errors/decision-state.error';
export { InvalidEffectParamsError } from './errors/invalid-effect-params.error';
export { MissingRationaleError } from './errors/missing-rationale.error';
export { MissingStatementError } from './errors/missing-statement.error';
export { RepeatReviewerError } from './errors/repeat-reviewer.error';
export { ReviewerNotPermittedError } from './errors/reviewer-not-permitted.error';
export { SelfReviewError } from './errors/self-review.error';
export { UnknownEffectError } from './errors/unknown-effect.error';
export { UnreviewedEffectError } from './errors/unreviewed-effect.error';
