import fc from 'fast-check';
import type { DataMapField } from '../model/data-map.types';
import { sampleModel } from '../testing/sample-model';
import { policyRule, validatePolicyRule } from './policy-rule';
import { runChecks } from './run-checks';

describe('project rules (Fides-style policies)', () => {
  const { map } = sampleModel();

  it('fires when every given dimension matches, with hierarchical keys', () => {
    const rule = policyRule({ id: 'no-contact-marketing', description: 'Contact data is never used for marketing', categories: { matches: 'ANY', values: ['user.contact'] }, purposes: { matches: 'ANY', values: ['marketing'] } });
    const findings = runChecks(map, { rules: [rule] }).filter((f) => f.rule === 'no-contact-marketing');
    expect(findings.map((f) => `${f.entity}.${f.property}`)).toEqual(['Account.email']);
    expect(findings[0].message).toMatch(/violates project rule "no-contact-marketing"/);
    expect(findings[0].location?.file).toBe('libs/datamap/src/testing/sample-model.ts');
  });

  it('supports ALL and NONE', () => {
    const all = policyRule({ id: 'r-all', description: 'd', purposes: { matches: 'ALL', values: ['service', 'marketing'] } });
    expect(all.check(map).map((f) => f.property)).toEqual(['email']);
    const none = policyRule({ id: 'r-none', description: 'lead data must stay in CRM purposes', subjects: { matches: 'ANY', values: ['lead'] }, purposes: { matches: 'NONE', values: ['service.crm'] } });
    expect(none.check(map)).toEqual([]);
  });

  it('NONE matches exactly when ANY does not (property)', () => {
    const key = fc.constantFrom('service', 'service.crm', 'marketing', 'security', 'service.crm.notes');
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 3 }), fc.array(key, { minLength: 1, maxLength: 3 }), (fieldPurposes, values) => {
        const field = { ...map.fields[0], purposes: fieldPurposes.map((id) => ({ id, legalBasis: 'contract' as const })) } as DataMapField;
        const one = { ...map, fields: [field] };
        const any = policyRule({ id: 'a', description: 'd', purposes: { matches: 'ANY', values } }).check(one).length;
        const none = policyRule({ id: 'n', description: 'd', purposes: { matches: 'NONE', values } }).check(one).length;
        expect(any + none).toBe(1);
      }),
    );
  });

  it('explains malformed rules', () => {
    expect(validatePolicyRule({ id: 'Bad Id', purposes: { matches: 'SOME', values: [] } })).toEqual([
      'rule "Bad Id": "id" must be kebab-case, e.g. "no-contact-marketing"',
      'rule "Bad Id": "description" must be a non-empty string',
      'rule "Bad Id": "purposes.matches" must be ANY, ALL or NONE',
      'rule "Bad Id": "purposes.values" must be a non-empty array of keys',
    ]);
    expect(validatePolicyRule({ purposes: { matches: 'ANY', values: ['x'] } }, 3)[0]).toBe('rules[3]: "id" must be kebab-case, e.g. "no-contact-marketing"');
    expect(validatePolicyRule({ id: 'ok-rule', description: 'd' })).toEqual(['rule "ok-rule": give at least one of "categories", "purposes", "subjects"']);
  });
});
