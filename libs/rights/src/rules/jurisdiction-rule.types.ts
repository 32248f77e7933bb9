import type { Period } from '../types/period.types';

/**
 * The deadline rules of one jurisdiction.
 *
 * @example
 * const rule: JurisdictionRule = { label: 'PIPEDA', respond: { days: 30 }, extension: { max: { days: 30 }, maxCount: 1 } };
 */
export interface JurisdictionRule {
  /** Human-readable name used in error messages. */
  label: string;
  /** Acknowledge receipt within this many business days, if required. */
  acknowledgeBusinessDays?: number;
  /** Respond within this period of receipt. */
  respond: Period;
  /** How far the response deadline may be extended in total, and how many times; absent when it may not. */
  extension?: { max: Period; maxCount?: number };
}
