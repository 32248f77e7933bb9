import type { Jurisdiction } from '../types/jurisdiction.types';
import type { JurisdictionRule } from './jurisdiction-rule.types';

const GDPR_EXTENSION = { max: { months: 2 } } as const;

/**
 * Deadline rules per jurisdiction:
 * - GDPR and UK GDPR (Art. 12(3)): one month of receipt, extendable by two further months with a reason;
 * - CCPA/CPRA: acknowledge within 10 business days, respond within 45 days, extendable once by 45 days;
 * - PIPEDA (s. 8(3)): 30 days, extendable once by up to 30 days;
 * - Quebec Law 25: 30 days, no extension.
 *
 * @example
 * JURISDICTION_RULES.ccpa.acknowledgeBusinessDays; // 10
 */
export const JURISDICTION_RULES: Readonly<Record<Jurisdiction, JurisdictionRule>> = {
  gdpr: { label: 'GDPR', respond: { months: 1 }, extension: GDPR_EXTENSION },
  uk_gdpr: { label: 'UK GDPR', respond: { months: 1 }, extension: GDPR_EXTENSION },
  ccpa: { label: 'CCPA/CPRA', acknowledgeBusinessDays: 10, respond: { days: 45 }, extension: { max: { days: 45 }, maxCount: 1 } },
  pipeda: { label: 'PIPEDA', respond: { days: 30 }, extension: { max: { days: 30 }, maxCount: 1 } },
  quebec_law25: { label: 'Quebec Law 25', respond: { days: 30 } },
};
