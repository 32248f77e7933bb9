/**
 * Every right a data subject can exercise through a request.
 *
 * @example
 * const isKnown = (value: string) => (DATA_SUBJECT_RIGHTS as readonly string[]).includes(value);
 */
export const DATA_SUBJECT_RIGHTS = [
  'access',
  'portability',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'consent_withdrawal',
] as const;

/**
 * The right a data-subject request exercises.
 *
 * @example
 * const right: DataSubjectRight = 'erasure';
 */
export type DataSubjectRight = (typeof DATA_SUBJECT_RIGHTS)[number];
