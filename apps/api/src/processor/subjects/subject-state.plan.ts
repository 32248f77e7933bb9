import { keyAndAncestors, type PrivacyRegistry } from '@lawful/annotations';

/**
 * Which subject-state records apply to a request purpose (from the purpose registry, not from data):
 * - `consentPurposes`: the purpose and its ancestors up to the last one whose legal basis is consent (most
 *   specific first), when the purpose relies on consent; else `null`;
 * - `objectionPurposes`: the purpose and all its ancestors when its basis is legitimate interests (an
 *   objection to a purpose covers its descendants); else `null`;
 * - `restriction`: whether restricted subjects are withheld (false for `allowedWhenRestricted` purposes).
 *
 * @example
 * subjectStatePlan('ai.lead_scoring', registry); // { purpose, consentPurposes: null, objectionPurposes: ['ai.lead_scoring', 'ai'], restriction: true }
 */
export interface SubjectStatePlan {
  purpose: string;
  consentPurposes: readonly string[] | null;
  objectionPurposes: readonly string[] | null;
  restriction: boolean;
}

/**
 * The `SubjectStatePlan` of a registered purpose; throws `RangeError` for an unregistered one.
 *
 * @example
 * subjectStatePlan('service.communications.campaigns', registry).consentPurposes; // ['service.communications.campaigns']
 */
export function subjectStatePlan(purpose: string, registry: PrivacyRegistry): SubjectStatePlan {
  const registered = registry.purposes.get(purpose);
  if (registered === undefined) throw new RangeError(`Purpose "${purpose}" is not registered`);
  const chain = keyAndAncestors(purpose);
  let consentPurposes: string[] | null = null;
  if (registered.legalBasis === 'consent') {
    const end = chain.findIndex((key) => registry.purposes.get(key)?.legalBasis !== 'consent');
    consentPurposes = end === -1 ? chain : chain.slice(0, end);
  }
  return {
    purpose,
    consentPurposes,
    objectionPurposes: registered.legalBasis === 'legitimate_interests' ? chain : null,
    restriction: !registered.allowedWhenRestricted,
  };
}
