/**
 * Where a gated decision stands. `proposed`: awaiting its first review; `approved`: a reviewer approved (or
 * modified) it, the effect may be applied; `applied`: the effect is in force; `contested`: the subject contested it,
 * any effect is suspended until a different reviewer decides again; `rejected`: a reviewer refused it, any effect is
 * revoked.
 *
 * @example
 * DECISION_STATUSES.includes('contested'); // true
 */
export const DECISION_STATUSES = ['proposed', 'approved', 'applied', 'contested', 'rejected'] as const;

/**
 * One of `DECISION_STATUSES`.
 *
 * @example
 * const status: DecisionStatus = 'proposed';
 */
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/**
 * Statuses of a decision still open: awaiting review, awaiting application, or contested. A target has at most one
 * open decision per effect (`ReviewGate.propose` skips a second one).
 *
 * @example
 * OPEN_DECISION_STATUSES.includes('applied'); // false
 */
export const OPEN_DECISION_STATUSES: readonly DecisionStatus[] = ['proposed', 'approved', 'contested'];

/**
 * What a human review concludes: approve the proposed effect, reject it, or approve it with modified parameters.
 *
 * @example
 * REVIEW_OUTCOMES; // ['approved', 'rejected', 'modified']
 */
export const REVIEW_OUTCOMES = ['approved', 'rejected', 'modified'] as const;

/**
 * One of `REVIEW_OUTCOMES`.
 *
 * @example
 * const outcome: ReviewOutcome = 'modified';
 */
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/**
 * The shortest written rationale a review accepts (after trimming), in characters.
 *
 * @example
 * rationale.trim().length >= MIN_RATIONALE_LENGTH;
 */
export const MIN_RATIONALE_LENGTH = 10;
