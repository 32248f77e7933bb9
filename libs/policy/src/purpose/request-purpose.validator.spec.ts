import { getMetadataStorage } from '@lawful/annotations';
import { PurposeNotAllowedError } from '../errors/purpose-not-allowed.error';
import { UnregisteredPurposeError } from '../errors/unregistered-purpose.error';
import { registerPolicyTaxonomy } from '../testing/policy-taxonomy.fixture';
import { assertRequestPurpose } from './request-purpose.validator';

describe('assertRequestPurpose', () => {
  const storage = getMetadataStorage();
  beforeAll(() => {
    storage.clear();
    registerPolicyTaxonomy(storage.registry);
  });
  afterAll(() => storage.clear());

  it('returns the registered purpose', () => {
    expect(assertRequestPurpose('service.crm', storage.registry)).toMatchObject({ key: 'service.crm', legalBasis: 'contract' });
  });

  it('rejects an unregistered purpose with UnregisteredPurposeError carrying the purpose', () => {
    const error = captured(() => assertRequestPurpose('vibes', storage.registry));
    expect(error).toBeInstanceOf(UnregisteredPurposeError);
    expect(error).toMatchObject({ code: 'UNREGISTERED_PURPOSE', context: { purpose: 'vibes' } });
  });

  it('rejects a prohibited purpose with PurposeNotAllowedError', () => {
    expect(() => assertRequestPurpose('sale_of_data', storage.registry)).toThrow(PurposeNotAllowedError);
    expect(() => assertRequestPurpose('sale_of_data', storage.registry)).toThrow(/prohibited/);
  });

  it('checks the allowed purposes (a descendant of an allowed purpose is allowed) and lists them', () => {
    expect(assertRequestPurpose('service.crm.import', storage.registry, ['service.crm']).key).toBe('service.crm.import');
    const error = captured(() => assertRequestPurpose('marketing', storage.registry, ['service.crm', 'compliance']));
    expect(error).toBeInstanceOf(PurposeNotAllowedError);
    expect(error).toMatchObject({ allowed: ['service.crm', 'compliance'], context: { purpose: 'marketing', allowed: ['service.crm', 'compliance'] } });
    expect((error as Error).message).toMatch(/allowed: service.crm, compliance/);
  });
});

function captured(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}
