import type { DecisionExplanation, DecisionFactor } from '../types/decision-explanation.types';

/**
 * The factors that weighed most, largest absolute contribution first (ties by key, so the order is stable).
 *
 * @example
 * mainFactors(explanation, 3).map((f) => f.key); // ['days_since_contact', 'inbound_messages', 'open_deals']
 */
export function mainFactors(explanation: Pick<DecisionExplanation, 'factors'>, limit = Number.POSITIVE_INFINITY): DecisionFactor[] {
  return [...explanation.factors]
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit);
}
