import type {
  ART17_3_REASONS,
  ART9_CONDITIONS,
  DATA_SOURCE_KINDS,
  ERASURE_STRATEGIES,
  LEGAL_BASES,
  PROCESSING_ROLES,
  RECIPIENT_STATUSES,
  RETENTION_TRIGGERS,
  TRANSFER_SAFEGUARDS,
} from '../constants';

/**
 * A GDPR Art. 6(1) legal basis.
 *
 * @example
 * const basis: LegalBasis = 'legitimate_interests';
 */
export type LegalBasis = (typeof LEGAL_BASES)[number];
/**
 * A GDPR Art. 9(2) condition for special-category data.
 *
 * @example
 * const condition: Art9Condition = 'explicit_consent';
 */
export type Art9Condition = (typeof ART9_CONDITIONS)[number];
/**
 * A GDPR Art. 17(3) reason that keeps data despite an erasure request.
 *
 * @example
 * const reason: Art17Reason = 'legal_claims';
 */
export type Art17Reason = (typeof ART17_3_REASONS)[number];
/**
 * Kind of origin of a value.
 *
 * @example
 * const kind: DataSourceKind = 'derived';
 */
export type DataSourceKind = (typeof DATA_SOURCE_KINDS)[number];
/**
 * How a field is erased.
 *
 * @example
 * const strategy: ErasureStrategy = 'redact';
 */
export type ErasureStrategy = (typeof ERASURE_STRATEGIES)[number];
/**
 * Event a retention period starts from.
 *
 * @example
 * const trigger: RetentionTrigger = 'workspace_closure';
 */
export type RetentionTrigger = (typeof RETENTION_TRIGGERS)[number];
/**
 * Controller (own purposes) or processor (on a customer's behalf).
 *
 * @example
 * const role: ProcessingRoleType = 'controller';
 */
export type ProcessingRoleType = (typeof PROCESSING_ROLES)[number];
/**
 * Legal mechanism for an international transfer.
 *
 * @example
 * const safeguard: TransferSafeguard = 'adequacy';
 */
export type TransferSafeguard = (typeof TRANSFER_SAFEGUARDS)[number];
/**
 * Whether a recipient receives data today.
 *
 * @example
 * const status: RecipientStatus = 'active';
 */
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];
/**
 * A class constructor, the key of all entity metadata.
 *
 * @example
 * const target: EntityTarget = Contact;
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityTarget = Function;
