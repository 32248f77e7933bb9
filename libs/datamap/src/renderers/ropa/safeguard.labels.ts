import type { TransferSafeguard } from '@lawful/annotations';

/**
 * GDPR Chapter V transfer mechanisms in words, for records of processing.
 *
 * @example
 * SAFEGUARD_LABELS.scc; // 'Standard contractual clauses (Art. 46(2)(c))'
 */
export const SAFEGUARD_LABELS: Readonly<Record<TransferSafeguard, string>> = {
  not_transferred: 'No transfer (self-hosted)',
  eea: 'Within the EEA',
  adequacy: 'Adequacy decision (Art. 45)',
  scc: 'Standard contractual clauses (Art. 46(2)(c))',
  uk_idta: 'UK International Data Transfer Agreement / Addendum',
  bcr: 'Binding corporate rules (Art. 47)',
  none: 'No safeguard declared',
};

/**
 * Safeguards that hold only where the country itself is in the EEA or adequate: a third-country recipient
 * declaring one of them has no valid transfer mechanism.
 *
 * @example
 * COUNTRY_SAFEGUARDS.has('adequacy'); // true
 */
export const COUNTRY_SAFEGUARDS: ReadonlySet<TransferSafeguard> = new Set(['not_transferred', 'eea', 'adequacy']);
