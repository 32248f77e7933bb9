import type { LegalBasis } from '@lawful/annotations';
import type { DataMap } from '../model/data-map.types';

/**
 * Human-readable GDPR Art. 6(1) bases, as privacy policies word them.
 *
 * @example
 * LEGAL_BASIS_LABELS.contract; // 'Performance of contract'
 */
export const LEGAL_BASIS_LABELS: Readonly<Record<LegalBasis, string>> = {
  consent: 'Consent',
  contract: 'Performance of contract',
  legal_obligation: 'Legal obligation',
  vital_interests: 'Vital interests',
  public_task: 'Public task',
  legitimate_interests: 'Legitimate interest',
};

/** The interest as a parenthetical: no final period, lower-case start unless it is an acronym. */
const asClause = (text: string) => {
  const t = text.trim().replace(/\.$/, '');
  return /^[A-Z][a-z]/.test(t) ? t[0].toLowerCase() + t.slice(1) : t;
};

/**
 * The legal basis of a purpose in words; for legitimate interests with the interest pursued, taken from the
 * purpose or its nearest ancestor that states one. `null` basis reads "None (prohibited)".
 *
 * @example
 * legalBasisLabel(map, 'support', 'legitimate_interests'); // 'Legitimate interest (providing customer support)'
 * legalBasisLabel(map, 'service.crm', 'contract'); // 'Performance of contract'
 */
export function legalBasisLabel(map: DataMap, purposeId: string, basis: LegalBasis | null): string {
  if (basis === null) return 'None (prohibited)';
  if (basis !== 'legitimate_interests') return LEGAL_BASIS_LABELS[basis];
  for (let id: string | null = purposeId; id !== null; ) {
    const purpose = map.purposes.find((p) => p.id === id);
    if (purpose?.legitimateInterest) return `${LEGAL_BASIS_LABELS[basis]} (${asClause(purpose.legitimateInterest)})`;
    id = purpose?.parent ?? null;
  }
  return LEGAL_BASIS_LABELS[basis];
}
