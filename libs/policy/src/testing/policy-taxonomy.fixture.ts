import type { PrivacyRegistry } from '@lawful/annotations';

/**
 * Purposes used by the policy tests: a small tree with a grandchild, a consent purpose, a legitimate-interest
 * purpose, one allowed under restriction and one prohibited.
 *
 * @example
 * registerPolicyTaxonomy(getMetadataStorage().registry);
 */
export function registerPolicyTaxonomy(registry: PrivacyRegistry): void {
  registry.purposes.register(
    { key: 'service', name: 'Service', description: 'Providing the service', legalBasis: 'contract' },
    { key: 'service.crm', name: 'CRM', description: 'CRM features' },
    { key: 'service.crm.import', name: 'CRM import', description: 'Importing contacts' },
    { key: 'service.account', name: 'Account', description: 'Running the account' },
    { key: 'marketing', name: 'Marketing', description: 'Newsletters', legalBasis: 'consent' },
    { key: 'ai', name: 'AI', description: 'AI features', legalBasis: 'contract' },
    { key: 'ai.lead_scoring', name: 'Lead scoring', description: 'Ranking leads', legalBasis: 'legitimate_interests', legitimateInterest: 'Prioritising the pipeline' },
    { key: 'compliance', name: 'Compliance', description: 'Legal obligations', legalBasis: 'legal_obligation', allowedWhenRestricted: true },
    { key: 'sale_of_data', name: 'Sale', description: 'Never done', prohibited: true },
  );
  registry.subjects.register({ key: 'crm_contact', name: 'CRM contact' }, { key: 'account_holder', name: 'Account holder' });
  registry.retention.register({ key: 'standard', name: 'Standard', period: 'P1Y', trigger: 'creation' });
}

/**
 * Every registered purpose of the fixture taxonomy, for property tests.
 *
 * @example
 * fc.constantFrom(...FIXTURE_PURPOSES);
 */
export const FIXTURE_PURPOSES = ['service', 'service.crm', 'service.crm.import', 'service.account', 'marketing', 'ai', 'ai.lead_scoring', 'compliance'] as const;
