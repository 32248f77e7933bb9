import { DecisionError } from './decision.error';

/**
 * A significant effect handler was called outside the review gate (without a live grant from an approved review).
 *
 * @example
 * await expect(disqualify.apply(forgedGrant)).rejects.toThrow(UnreviewedEffectError);
 */
export class UnreviewedEffectError extends DecisionError {
  constructor(effect: string, decisionId?: string) {
    super('UNREVIEWED_EFFECT', decisionId, `the significant effect "${effect}" can only be applied through the review gate, after an approved human review`, { effect });
  }
}
