/**
 * Identity verification of the person a request comes from: `pending` until checked, then `verified` or
 * `failed` (a failed check may be repeated with another method while the request is open).
 *
 * @example
 * const state: IdentityState = 'pending';
 */
export const IDENTITY_STATES = ['pending', 'verified', 'failed'] as const;

/**
 * One of `IDENTITY_STATES`.
 *
 * @example
 * const state: IdentityState = 'verified';
 */
export type IdentityState = (typeof IDENTITY_STATES)[number];

/**
 * How the identity was checked: `authenticated_session` when an account holder asks while signed in, or what the
 * workspace did (a confirmation email answered, an identity document seen, details matching its records, …).
 *
 * @example
 * VERIFICATION_METHODS.includes(body.method);
 */
export const VERIFICATION_METHODS = ['authenticated_session', 'email_confirmation', 'id_document', 'known_contact_details', 'in_person', 'other'] as const;

/**
 * One of `VERIFICATION_METHODS`.
 *
 * @example
 * const method: VerificationMethod = 'email_confirmation';
 */
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];
