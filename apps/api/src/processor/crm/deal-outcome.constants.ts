/**
 * Outcomes of a deal (the values of `Deal.outcome`).
 *
 * @example
 * @IsIn(DEAL_OUTCOMES) outcome?: string;
 */
export const DEAL_OUTCOMES = ['open', 'won', 'lost'] as const;
