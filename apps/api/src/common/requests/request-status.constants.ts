/**
 * Where a data-subject request stands: `received` (identity not verified yet), `in_progress` (identity verified,
 * being answered), then closed as `completed` or `rejected`. Acknowledging and extending do not change it.
 *
 * @example
 * if (!OPEN_REQUEST_STATUSES.includes(request.status)) throw new ConflictException('The request is closed');
 */
export const REQUEST_STATUSES = ['received', 'in_progress', 'completed', 'rejected'] as const;

/**
 * One of `REQUEST_STATUSES`.
 *
 * @example
 * const status: RequestStatus = 'in_progress';
 */
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * Statuses of requests still to be answered: the only ones with pending deadlines.
 *
 * @example
 * const open = (OPEN_REQUEST_STATUSES as readonly string[]).includes(status);
 */
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = ['received', 'in_progress'];

/**
 * Each step a request's status history records (one history row per step, even when the status stays).
 *
 * @example
 * const step: RequestStep = 'extended';
 */
export const REQUEST_STEPS = ['received', 'acknowledged', 'identity_verified', 'identity_failed', 'extended', 'completed', 'rejected'] as const;

/**
 * One of `REQUEST_STEPS`.
 *
 * @example
 * const step: RequestStep = 'acknowledged';
 */
export type RequestStep = (typeof REQUEST_STEPS)[number];
