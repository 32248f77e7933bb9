import type { ReviewOutcome } from '@lawful/decisions';

/**
 * Who acts, in which workspace.
 *
 * @example
 * const actor: GateActor = { workspaceId, userId: currentUser.id };
 */
export interface GateActor {
  workspaceId: string;
  userId: string;
}

/**
 * A human review: outcome, written rationale, and for `modified` the changed effect parameters.
 *
 * @example
 * const input: ReviewInput = { outcome: 'modified', rationale: 'Assign to the EMEA lead instead.', params: { ownerUserId } };
 */
export interface ReviewInput {
  outcome: ReviewOutcome;
  rationale: string;
  params?: Record<string, unknown>;
}
