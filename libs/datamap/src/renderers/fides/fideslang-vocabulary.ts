import type { Art9Condition, LegalBasis } from '@lawful/annotations';

/**
 * fideslang's `legal_basis_for_processing` values for our Art. 6(1) bases.
 *
 * @example
 * FIDESLANG_LEGAL_BASIS.legal_obligation; // 'Legal obligations'
 */
export const FIDESLANG_LEGAL_BASIS: Readonly<Record<LegalBasis, string>> = {
  consent: 'Consent',
  contract: 'Contract',
  legal_obligation: 'Legal obligations',
  vital_interests: 'Vital interests',
  public_task: 'Public interest',
  legitimate_interests: 'Legitimate interests',
};

/**
 * fideslang's `special_category_legal_basis` values for our Art. 9(2) conditions.
 *
 * @example
 * FIDESLANG_SPECIAL_CATEGORY_BASIS.explicit_consent; // 'Explicit consent'
 */
export const FIDESLANG_SPECIAL_CATEGORY_BASIS: Readonly<Record<Art9Condition, string>> = {
  explicit_consent: 'Explicit consent',
  employment_social_security: 'Employment, social security and social protection',
  vital_interests: 'Vital interests',
  not_for_profit_body: 'Not-for-profit bodies',
  made_public_by_subject: 'Made public by the data subject',
  legal_claims: 'Legal claims or judicial acts',
  substantial_public_interest: 'Reasons of substantial public interest (with a basis in law)',
  health_or_social_care: 'Health or social care (with a basis in law)',
  public_health: 'Public health (with a basis in law)',
  archiving_research_statistics: 'Archiving, research and statistics (with a basis in law)',
};

/**
 * fideslang's default data subjects; ours outside this list are emitted as `data_subject` resources.
 *
 * @example
 * FIDESLANG_DATA_SUBJECT_KEYS.includes('customer'); // true
 */
export const FIDESLANG_DATA_SUBJECT_KEYS: readonly string[] = [
  'anonymous_user', 'citizen_voter', 'commuter', 'consultant', 'customer', 'employee', 'job_applicant', 'next_of_kin',
  'passenger', 'patient', 'prospect', 'shareholder', 'supplier_vendor', 'trainee', 'visitor',
];
