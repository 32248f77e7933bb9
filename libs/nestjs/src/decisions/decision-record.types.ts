import type { DecisionEventType, DecisionExplanation, DecisionStatus, ReviewOutcome } from '@lawful/decisions';

/**
 * What an automated process submits to the gate: one proposed significant effect on one subject.
 *
 * @example
 * await gate.propose(manager, [{ workspaceId, purpose: 'ai.lead_scoring', effect: 'contact.disqualify', subjectId: contactId,
 *   targetId: contactId, params: {}, score: 0.08, explanation, inputs, modelVersion: 'lr-3', triggeredBy: userId, runId }]);
 */
export interface DecisionProposal {
  workspaceId: string;
  purpose: string;
  effect: string;
  subjectId: string;
  targetId: string;
  params: Record<string, unknown>;
  score: number | null;
  explanation: DecisionExplanation;
  inputs: Record<string, unknown>;
  modelVersion: string;
  triggeredBy: string;
  runId?: string | null;
}

/**
 * One review of a decision.
 *
 * @example
 * decision.reviews.at(-1)?.outcome; // 'approved'
 */
export interface DecisionReviewRecord {
  id: string;
  round: number;
  reviewerUserId: string;
  outcome: ReviewOutcome;
  rationale: string;
  params: Record<string, unknown> | null;
  createdAt: Date;
}

/**
 * The effect row of a decision: in force (`applied`), suspended by a contest, or revoked after a rejection.
 *
 * @example
 * decision.effectState?.status; // 'suspended'
 */
export interface DecisionEffectRecord {
  id: string;
  reviewId: string;
  status: 'applied' | 'suspended' | 'revoked';
  params: Record<string, unknown>;
  appliedByUserId: string;
  appliedAt: Date;
  updatedAt: Date;
}

/**
 * One step of a decision's timeline (append-only).
 *
 * @example
 * timeline.map((e) => e.type); // ['proposed', 'reviewed', 'applied', 'contested', 'suspended']
 */
export interface DecisionEventRecord {
  id: string;
  type: DecisionEventType;
  actorUserId: string | null;
  statement: string | null;
  detail: Record<string, unknown> | null;
  at: Date;
}

/**
 * A decision as the gate reports it: the proposal, its status, reviews and effect.
 *
 * @example
 * const decision = await gate.get(workspaceId, decisionId);
 */
export interface DecisionRecord extends Omit<DecisionProposal, 'runId'> {
  id: string;
  runId: string | null;
  status: DecisionStatus;
  createdAt: Date;
  updatedAt: Date;
  reviews: DecisionReviewRecord[];
  effectState: DecisionEffectRecord | null;
}
