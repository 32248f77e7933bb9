/**
 * Every key and closed vocabulary of the annotations library, in one place.
 */

/**
 * Key under which the one metadata storage lives on `globalThis` (shared by duplicate package copies).
 *
 * @example
 * (globalThis as any)[METADATA_STORAGE_KEY] === getMetadataStorage(); // true
 */
export const METADATA_STORAGE_KEY = Symbol.for('lawful.privacy-metadata-storage');

/**
 * GDPR Art. 6(1) legal bases, (a) to (f).
 *
 * @example
 * LEGAL_BASES.includes('contract'); // true
 */
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
] as const;

/**
 * GDPR Art. 9(2) conditions that lift the ban on processing special categories, (a) to (j).
 *
 * @example
 * @PersonalData({ ..., special: true, art9Condition: 'explicit_consent' })
 */
export const ART9_CONDITIONS = [
  'explicit_consent',
  'employment_social_security',
  'vital_interests',
  'not_for_profit_body',
  'made_public_by_subject',
  'legal_claims',
  'substantial_public_interest',
  'health_or_social_care',
  'public_health',
  'archiving_research_statistics',
] as const;

/**
 * GDPR Art. 17(3) exemptions from erasure, (a) to (e).
 *
 * @example
 * erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'tax records' } }
 */
export const ART17_3_REASONS = [
  'freedom_of_expression',
  'legal_obligation',
  'public_health',
  'archiving_research_statistics',
  'legal_claims',
] as const;

/**
 * Where a value comes from (policy §2.1 provided, §2.2 observed, derived, §2.5 third party).
 *
 * @example
 * source: 'observed' // or { thirdParty: 'google_oauth' }
 */
export const DATA_SOURCE_KINDS = ['provided', 'observed', 'derived', 'third_party'] as const;

/**
 * How one field is erased. `delete` removes the whole row.
 *
 * @example
 * erasure: 'hash' // or { strategy: 'redact', replacement: 'Deleted user' }
 */
export const ERASURE_STRATEGIES = ['delete', 'null', 'hash', 'redact'] as const;

/**
 * The event a retention period counts from.
 *
 * @example
 * registry.retention.register({ key: 'account', name: 'Account', period: 'P30D', trigger: 'account_closure' });
 */
export const RETENTION_TRIGGERS = [
  'creation',
  'last_activity',
  'account_closure',
  'workspace_closure',
  'last_transaction',
  'primary_deletion',
  'consent_withdrawal',
] as const;

/**
 * Who decides why and how the data is processed (policy §5.4.3).
 *
 * @example
 * @ProcessingRole('processor')
 */
export const PROCESSING_ROLES = ['controller', 'processor'] as const;

/**
 * Mechanism that makes a transfer to a recipient's country lawful (GDPR Chapter V).
 *
 * @example
 * registry.recipients.register({ ..., countries: ['US'], safeguard: 'scc' });
 */
export const TRANSFER_SAFEGUARDS = [
  'not_transferred',
  'eea',
  'adequacy',
  'scc',
  'uk_idta',
  'bcr',
  'none',
] as const;

/**
 * Whether a sub-processor already receives data.
 *
 * @example
 * registry.recipients.register({ ..., status: 'planned' });
 */
export const RECIPIENT_STATUSES = ['active', 'planned'] as const;

/**
 * Separator of hierarchical keys (`user.contact.email`, `service.crm`).
 *
 * @example
 * 'user.contact.email'.split(KEY_SEPARATOR); // ['user', 'contact', 'email']
 */
export const KEY_SEPARATOR = '.';

/**
 * Shape every registered key must have: dotted snake_case segments.
 *
 * @example
 * KEY_PATTERN.test('service.crm'); // true
 */
export const KEY_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;

/**
 * ISO 8601 duration (`P30D`, `P7Y`, `P26M`, `PT12H`), as used by retention periods.
 *
 * @example
 * ISO_DURATION_PATTERN.test('P7Y'); // true
 */
export const ISO_DURATION_PATTERN =
  /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

/**
 * ISO 3166-1 alpha-2 country code.
 *
 * @example
 * COUNTRY_PATTERN.test('CA'); // true
 */
export const COUNTRY_PATTERN = /^[A-Z]{2}$/;
