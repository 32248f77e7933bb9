import type { DecisionFactor, DecisionStatus } from '@lawful/decisions';
import type { DecisionEventRecord, DecisionRecord } from '@lawful/nestjs';

/**
 * What a reviewer sees: the proposal with its inputs and explanation, what the effect does and the logic behind it,
 * the main factors, the subject's statements so far, the reviews and the effect's state.
 *
 * @example
 * // GET /workspaces/:workspaceId/decisions/:decisionId → DecisionView
 */
export interface DecisionView extends DecisionRecord {
  effectDescription: string;
  logic: string;
  mainFactors: DecisionFactor[];
  subjectStatements: Pick<DecisionEventRecord, 'type' | 'statement' | 'at'>[];
  /** Users who may not review it next: who triggered the run and who reviewed it already. */
  excludedReviewers: string[];
}

/**
 * What the subject is owed about one decision (Art. 13(2)(f), 15(1)(h), 22(3)): the logic involved, the significance
 * and envisaged consequences, the main factors of their case and how to express a view or contest.
 *
 * @example
 * // GET /workspaces/:workspaceId/decisions/:decisionId/explanation → SubjectExplanation
 */
export interface SubjectExplanation {
  decisionId: string;
  contactId: string;
  status: DecisionStatus;
  effect: { key: string; description: string; inForce: boolean };
  logic: string;
  model: { method: string; version: string; score: number | null; baseline: number };
  mainFactors: (DecisionFactor & { direction: 'raises' | 'lowers' | 'none' })[];
  humanReview: { reviewed: boolean; outcome: string | null; at: Date | null };
  rights: string;
}
