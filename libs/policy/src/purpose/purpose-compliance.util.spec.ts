import { getMetadataStorage, PrivacyRegistry } from '@lawful/annotations';
import fc from 'fast-check';
import { registerPolicyTaxonomy } from '../testing/policy-taxonomy.fixture';
import { isPurposeCompliant } from './purpose-compliance.util';

describe('isPurposeCompliant', () => {
  const storage = getMetadataStorage();
  beforeAll(() => {
    storage.clear();
    registerPolicyTaxonomy(storage.registry);
  });
  afterAll(() => storage.clear());

  it('accepts a request purpose equal to a field purpose', () => {
    expect(isPurposeCompliant('service.crm', ['service.crm', 'marketing'], storage.registry)).toBe(true);
    expect(isPurposeCompliant('marketing', [{ key: 'service.crm' }, { key: 'marketing', legalBasis: 'consent' }], storage.registry)).toBe(true);
  });

  it('accepts a descendant of a field purpose, never an ancestor or a sibling', () => {
    expect(isPurposeCompliant('service.crm.import', ['service.crm'], storage.registry)).toBe(true);
    expect(isPurposeCompliant('service.crm', ['service'], storage.registry)).toBe(true);
    expect(isPurposeCompliant('service', ['service.crm'], storage.registry)).toBe(false);
    expect(isPurposeCompliant('service.account', ['service.crm'], storage.registry)).toBe(false);
  });

  it('never lets a prohibited or unregistered purpose comply', () => {
    expect(isPurposeCompliant('sale_of_data', ['sale_of_data'], storage.registry)).toBe(false);
    expect(isPurposeCompliant('service.crm.unknown', ['service.crm'], storage.registry)).toBe(false);
    expect(isPurposeCompliant('service.crm', [], storage.registry)).toBe(false);
  });
});

/** A random purpose forest: node i has parent `parents[i]` (< i) or none; some nodes are prohibited. */
const forest = fc
  .integer({ min: 1, max: 16 })
  .chain((n) =>
    fc.record({
      parents: fc.tuple(...Array.from({ length: n }, (_, i) => (i === 0 ? fc.constant(-1) : fc.integer({ min: -1, max: i - 1 })))),
      prohibited: fc.array(fc.nat(4).map((x) => x === 0), { minLength: n, maxLength: n }),
    }),
  )
  .map(({ parents, prohibited }) => {
    const keys: string[] = [];
    parents.forEach((p, i) => keys.push(p === -1 ? `n${i}` : `${keys[p]}.n${i}`));
    const registry = new PrivacyRegistry();
    for (const [i, key] of keys.entries()) {
      registry.purposes.register({ key, name: key, description: 'generated', ...(parents[i] === -1 ? { legalBasis: 'contract' as const } : {}), prohibited: prohibited[i] });
    }
    /** Ancestors by parent pointers (not by string prefix): an independent oracle. */
    const lineage = (i: number): number[] => (i === -1 ? [] : [i, ...lineage(parents[i])]);
    const banned = (i: number): boolean => lineage(i).some((j) => prohibited[j]);
    return { keys, registry, lineage, banned };
  });

describe('isPurposeCompliant over random purpose trees (property)', () => {
  it('complies exactly when the request lies in the subtree of a field purpose and nothing on its path is prohibited', () => {
    fc.assert(
      fc.property(forest.chain((t) => fc.tuple(fc.constant(t), fc.nat(t.keys.length - 1), fc.uniqueArray(fc.nat(t.keys.length - 1), { maxLength: 4 }))), ([t, request, fieldIdx]) => {
        const expected = !t.banned(request) && fieldIdx.some((f) => t.lineage(request).includes(f));
        expect(isPurposeCompliant(t.keys[request], fieldIdx.map((f) => t.keys[f]), t.registry)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('is monotone: more field purposes never remove compliance, and descendants of a compliant purpose comply unless prohibited', () => {
    fc.assert(
      fc.property(forest.chain((t) => fc.tuple(fc.constant(t), fc.nat(t.keys.length - 1), fc.nat(t.keys.length - 1), fc.nat(t.keys.length - 1))), ([t, request, field, extra]) => {
        const fields = [t.keys[field]];
        const before = isPurposeCompliant(t.keys[request], fields, t.registry);
        if (before) expect(isPurposeCompliant(t.keys[request], [...fields, t.keys[extra]], t.registry)).toBe(true);
        const descendants = t.keys.map((_, i) => i).filter((i) => i !== request && t.lineage(i).includes(request));
        if (before) for (const d of descendants) expect(isPurposeCompliant(t.keys[d], fields, t.registry)).toBe(!t.banned(d));
      }),
      { numRuns: 300 },
    );
  });
});
