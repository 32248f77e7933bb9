import { RegistrationError } from '../errors/registration.error';
import { PrivacyRegistry } from './privacy.registry';

describe('PrivacyRegistry', () => {
  let registry: PrivacyRegistry;
  beforeEach(() => (registry = new PrivacyRegistry()));

  it('ships fideslang-compatible built-in categories and flags Art. 9 ones', () => {
    for (const key of ['user.contact.email', 'user.name.first', 'user.device.ip_address', 'user.payment', 'user.content']) {
      expect(registry.categories.has(key)).toBe(true);
    }
    expect(registry.categories.get('user.health_and_medical')?.special).toBe(true);
    expect(registry.categories.get('user.contact.email')?.special).toBe(false);
  });

  it('lets the application extend the category taxonomy below existing parents only', () => {
    registry.categories.register({ key: 'user.content.prompt', name: 'AI prompts' });
    expect(registry.categories.childrenOf('user.content').map((c) => c.key)).toContain('user.content.prompt');
    expect(() => registry.categories.register({ key: 'crm.deal.value', name: 'Deal value' })).toThrow(/parent "crm.deal" must be registered first/);
  });

  it('builds a purpose tree whose children inherit the basis and documented interest', () => {
    registry.purposes.register(
      { key: 'improvement', name: 'Improvement', description: 'd', legalBasis: 'legitimate_interests', legitimateInterest: 'Improving the service' },
      { key: 'improvement.errors', name: 'Errors', description: 'd' },
      { key: 'improvement.surveys', name: 'Surveys', description: 'd', legalBasis: 'consent' },
    );
    expect(registry.purposes.get('improvement.errors')).toMatchObject({ parent: 'improvement', legalBasis: 'legitimate_interests', legitimateInterest: 'Improving the service' });
    expect(registry.purposes.get('improvement.surveys')).toMatchObject({ legalBasis: 'consent' });
    expect(registry.purposes.get('improvement.surveys')?.legitimateInterest).toBeUndefined();
  });

  it.each([
    ['a root purpose without basis', { key: 'service', name: 'S', description: 'd' }, /has no "legalBasis"/],
    ['an invalid basis', { key: 'service', name: 'S', description: 'd', legalBasis: 'vibes' }, /"legalBasis" is "vibes"/],
    ['legitimate interests without the interest', { key: 'support', name: 'S', description: 'd', legalBasis: 'legitimate_interests' }, /legitimateInterest/],
    ['a missing description', { key: 'service', name: 'S', legalBasis: 'contract' }, /"description"/],
    ['a malformed key', { key: 'Service!', name: 'S', description: 'd', legalBasis: 'contract' }, /dotted snake_case/],
  ])('rejects %s', (_name, definition, message) => {
    expect(() => registry.purposes.register(definition as never)).toThrow(RegistrationError);
    expect(() => registry.purposes.register(definition as never)).toThrow(message);
  });

  it('allows prohibited purposes without a basis and propagates the prohibition', () => {
    registry.purposes.register({ key: 'sale', name: 'Sale', description: 'never', prohibited: true }, { key: 'sale.brokers', name: 'Brokers', description: 'never' });
    expect(registry.purposes.get('sale.brokers')).toMatchObject({ prohibited: true, legalBasis: null });
  });

  it('validates recipients: countries, safeguard, status, self-hosting', () => {
    const base = { key: 'stripe', name: 'Stripe', purpose: 'Payments', dataShared: ['user.payment'], countries: ['US'], safeguard: 'scc', status: 'active' } as const;
    expect(() => registry.recipients.register({ ...base, countries: ['USA'] })).toThrow(/ISO 3166-1/);
    expect(() => registry.recipients.register({ ...base, status: 'maybe' as never })).toThrow(/"status"/);
    expect(() => registry.recipients.register({ ...base, safeguard: 'trust_us' as never })).toThrow(/"safeguard"/);
    expect(() => registry.recipients.register({ ...base, selfHosted: true })).toThrow(/not_transferred/);
    registry.recipients.register(base);
    expect(registry.recipients.get('stripe')).toMatchObject({ selfHosted: false, countries: ['US'] });
  });

  it('checks recipients\' shared data categories when sealing', () => {
    registry.recipients.register({ key: 'crm_sync', name: 'Sync', purpose: 'p', dataShared: ['user.shoe_size'], countries: ['DE'], safeguard: 'eea', status: 'active' });
    expect(() => registry.seal()).toThrow(/unknown data categories: user.shoe_size/);
  });

  it('validates retention periods as ISO 8601 durations with a known trigger', () => {
    expect(() => registry.retention.register({ key: 'logs', name: 'Logs', period: '90 days', trigger: 'creation' })).toThrow(/ISO 8601/);
    expect(() => registry.retention.register({ key: 'logs', name: 'Logs', period: 'P90D', trigger: 'whenever' as never })).toThrow(/"trigger"/);
    registry.retention.register({ key: 'logs', name: 'Logs', period: 'P90D', trigger: 'creation' });
    expect(registry.retention.get('logs')?.period).toBe('P90D');
  });

  it('rejects duplicates and any registration after seal()', () => {
    registry.subjects.register({ key: 'customer', name: 'Customer' });
    expect(() => registry.subjects.register({ key: 'customer', name: 'Again' })).toThrow(/already registered/);
    registry.seal();
    expect(registry.sealed).toBe(true);
    expect(() => registry.subjects.register({ key: 'visitor', name: 'Visitor' })).toThrow(/sealed/);
  });
});
