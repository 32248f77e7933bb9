/**
 * One factor of an automated decision: the input's value and how much it moved the outcome (for a linear model, its
 * additive contribution to the log-odds).
 *
 * @example
 * const factor: DecisionFactor = { key: 'inbound_messages', label: 'Messages from the contact', value: 12, contribution: 0.84 };
 */
export interface DecisionFactor {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly contribution: number;
}

/**
 * Why the automated process proposed what it did: the method, the baseline (intercept) and the factors, such that
 * `baseline + Σ contribution` is the model's raw output (`logit` for a logistic regression) and `score` its result.
 *
 * @example
 * const explanation: DecisionExplanation = { method: 'logistic_regression', baseline: -1.2, factors, output: 0.4, score: 0.6 };
 */
export interface DecisionExplanation {
  readonly method: string;
  readonly baseline: number;
  readonly factors: readonly DecisionFactor[];
  readonly output: number;
  readonly score: number;
}

/**
 * A timeline step kind, in the order they may happen.
 *
 * @example
 * DECISION_EVENT_TYPES.includes('contested'); // true
 */
export const DECISION_EVENT_TYPES = ['proposed', 'reviewed', 'applied', 'viewpoint', 'contested', 'suspended', 'revoked'] as const;

/**
 * One of `DECISION_EVENT_TYPES`.
 *
 * @example
 * const type: DecisionEventType = 'viewpoint';
 */
export type DecisionEventType = (typeof DECISION_EVENT_TYPES)[number];
