import { getMetadataStorage } from '@lawful/annotations';
import { buildDataMap, policyRule, runChecks, validatePolicyRule } from '@lawful/datamap';
import { DATAMAP_PROJECT } from './datamap.project';
import { PRIVACY_RULES } from './privacy.rules';

describe('privacy check of the reference backend', () => {
  it('passes every built-in and project rule with zero findings', async () => {
    const storage = getMetadataStorage();
    DATAMAP_PROJECT.register(storage);
    const map = buildDataMap({ storage, entities: DATAMAP_PROJECT.entities, mapping: await DATAMAP_PROJECT.mapping?.() });
    expect(map.entities.every((e) => e.table !== null)).toBe(true);
    expect(PRIVACY_RULES.flatMap((r, i) => validatePolicyRule(r, i))).toEqual([]);
    expect(runChecks(map, { rules: PRIVACY_RULES.map(policyRule) })).toEqual([]);
  });

  it('would catch marketing on CRM contacts (the project rule is live)', async () => {
    const storage = getMetadataStorage();
    const map = buildDataMap({ storage, entities: DATAMAP_PROJECT.entities });
    const email = map.fields.find((f) => f.entity === 'Contact' && f.property === 'email');
    email?.purposes.push({ id: 'marketing', legalBasis: 'consent' });
    const findings = runChecks(map, { rules: PRIVACY_RULES.map(policyRule) });
    expect(findings.map((f) => `${f.rule} ${f.entity}.${f.property}`)).toEqual(['no-marketing-on-customer-data Contact.email']);
    expect(findings[0].location?.file).toBe('apps/api/src/processor/crm/contact.entity.ts');
  });
});
