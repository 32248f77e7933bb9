import type { ReviewOutcome } from '@lawful/decisions';
import type { EntityManager } from 'typeorm';
import type { DecisionRecord } from './decision-record.types';

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

/**
 * The application's own condition on a step, run inside the step's transaction right after the decision is locked
 * (e.g. the request's purpose must be the decision's, the subject must not have restricted processing); it throws to
 * refuse the step.
 *
 * @example
 * await gate.apply(actor, decisionId, (decision, manager) => assertSubjectProcessable(manager, decision));
 */
export type StepCheck = (decision: DecisionRecord, manager: EntityManager) => void | Promise<void>;
