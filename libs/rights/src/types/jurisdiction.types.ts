/**
 * Every privacy law whose data-subject request deadlines Lawful knows.
 *
 * @example
 * for (const jurisdiction of JURISDICTIONS) console.warn(jurisdiction, JURISDICTION_RULES[jurisdiction].respond);
 */
export const JURISDICTIONS = ['gdpr', 'uk_gdpr', 'ccpa', 'pipeda', 'quebec_law25'] as const;

/**
 * A privacy law a data-subject request is handled under: EU GDPR, UK GDPR, CCPA/CPRA, PIPEDA or Quebec Law 25.
 *
 * @example
 * const jurisdiction: Jurisdiction = 'uk_gdpr';
 */
export type Jurisdiction = (typeof JURISDICTIONS)[number];
