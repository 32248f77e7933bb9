/**
 * Grounds for restricting processing (GDPR Art. 18(1)(a)–(d)).
 *
 * @example
 * RESTRICTION_REASONS.includes(body.reason);
 */
export const RESTRICTION_REASONS = ['accuracy_contested', 'unlawful_processing', 'legal_claims', 'objection_pending'] as const;

/**
 * One of `RESTRICTION_REASONS`.
 *
 * @example
 * const reason: RestrictionReason = 'accuracy_contested';
 */
export type RestrictionReason = (typeof RESTRICTION_REASONS)[number];
