/**
 * How a contact's consent (or its withdrawal) was captured, kept as proof (GDPR Art. 7(1)).
 *
 * @example
 * CONSENT_METHODS.includes(body.method);
 */
export const CONSENT_METHODS = ['web_form', 'email', 'verbal', 'paper', 'import', 'api'] as const;

/**
 * One of `CONSENT_METHODS`.
 *
 * @example
 * const method: ConsentMethod = 'web_form';
 */
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
