/**
 * How a completed request was answered (a code, never free text: the status history holds no personal data).
 *
 * @example
 * const outcome: RequestOutcome = 'fulfilled';
 */
export const REQUEST_OUTCOMES = ['fulfilled', 'partially_fulfilled', 'no_data_held'] as const;

/**
 * One of `REQUEST_OUTCOMES`.
 *
 * @example
 * const outcome: RequestOutcome = 'no_data_held';
 */
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];

/**
 * Why a request was rejected (GDPR Art. 12(5), 17(3); CCPA unverifiable requests), as a code.
 *
 * @example
 * const reason: RejectionReason = 'identity_not_verified';
 */
export const REJECTION_REASONS = ['identity_not_verified', 'manifestly_unfounded', 'excessive', 'legal_exemption', 'withdrawn_by_requester', 'duplicate'] as const;

/**
 * One of `REJECTION_REASONS`.
 *
 * @example
 * const reason: RejectionReason = 'duplicate';
 */
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/**
 * Where a request record comes from: the account holder signed in (`self_service`), the public intake form
 * (`public_intake`), a workspace admin recording what reached the workspace (`recorded_by_workspace`), or the
 * platform forwarding a request about a workspace's CRM data to that workspace (`routed_by_platform`).
 *
 * @example
 * const origin: RequestOrigin = 'routed_by_platform';
 */
export const REQUEST_ORIGINS = ['self_service', 'public_intake', 'recorded_by_workspace', 'routed_by_platform'] as const;

/**
 * One of `REQUEST_ORIGINS`.
 *
 * @example
 * const origin: RequestOrigin = 'self_service';
 */
export type RequestOrigin = (typeof REQUEST_ORIGINS)[number];
