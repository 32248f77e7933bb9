import type {
  Art17Reason,
  Art9Condition,
  ErasureStrategy,
  LegalBasis,
} from './vocabulary.types';

/**
 * Origin of a field's values. A third party is named by a registered source key.
 *
 * @example
 * source: { thirdParty: 'google_oauth' }
 */
export type DataSource = 'provided' | 'observed' | 'derived' | { thirdParty: string };

/**
 * Keeps a field despite an erasure request.
 *
 * @example
 * legalHold: { reason: 'legal_obligation', description: 'tax records, 7 years' }
 */
export interface LegalHold {
  reason: Art17Reason;
  /** What the hold is for, in words (e.g. "tax records"). */
  description: string;
}

/**
 * How a field is erased: a strategy, or the strategy with a replacement and/or a legal hold.
 *
 * @example
 * erasure: { strategy: 'redact', replacement: '[deleted]' }
 */
export type ErasureOption =
  | ErasureStrategy
  | {
      strategy: ErasureStrategy;
      /** Value written by `redact` (default `[erased]`). */
      replacement?: string;
      legalHold?: LegalHold;
    };

/**
 * Arguments of `@PersonalData()`.
 *
 * @example
 * @PersonalData({ category: 'user.name', purposes: ['service'], source: 'provided', retention: 'account' })
 */
export interface PersonalDataOptions {
  /** Data-category key (`user.contact.email`). */
  category: string;
  /** Purpose keys the field is processed for; at least one. */
  purposes: readonly string[];
  /** Per-purpose override of the purpose's default legal basis. */
  legalBases?: Record<string, LegalBasis>;
  /** Data-subject category; defaults to the entity's `@DataSubject`. */
  subject?: string;
  source: DataSource;
  /** Retention-class key. */
  retention: string;
  /** Recipient (sub-processor) keys that receive this field. */
  recipients?: readonly string[];
  /** Special category (GDPR Art. 9): requires `art9Condition`. */
  special?: boolean;
  art9Condition?: Art9Condition;
  /** How the field is erased; defaults to deleting its row. */
  erasure?: ErasureOption;
  /** Stored encrypted at rest. */
  encrypted?: boolean;
  description?: string;
}

/**
 * Arguments of `@NotPersonal()`.
 *
 * @example
 * @NotPersonal({ reason: 'surrogate key' })
 */
export interface NotPersonalOptions {
  /** Why the column is not personal data (e.g. "surrogate key", "workspace setting"). */
  reason?: string;
}
