import type { PrivacyRegistry } from '../registry/privacy.registry';

/** A small taxonomy for the library's own tests. */
export function registerFixtureTaxonomy(registry: PrivacyRegistry): void {
  registry.purposes.register(
    { key: 'service', name: 'Service', description: 'Providing the service', legalBasis: 'contract' },
    { key: 'service.crm', name: 'CRM', description: 'CRM features' },
    { key: 'marketing', name: 'Marketing', description: 'Newsletters', legalBasis: 'consent' },
    { key: 'analytics', name: 'Analytics', description: 'Product analytics', legalBasis: 'legitimate_interests', legitimateInterest: 'Improving the product' },
  );
  registry.subjects.register({ key: 'customer', name: 'Customer' }, { key: 'contact', name: 'Contact' });
  registry.retention.register({ key: 'account', name: 'Account', period: 'P30D', trigger: 'account_closure' });
  registry.recipients.register({ key: 'mailer', name: 'Mailer', purpose: 'Email delivery', dataShared: ['user.contact.email'], countries: ['US'], safeguard: 'scc', status: 'active' });
  registry.sources.register({ key: 'google_oauth', name: 'Google OAuth', dataReceived: 'profile' });
}
