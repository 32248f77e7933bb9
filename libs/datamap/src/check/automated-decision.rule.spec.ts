import { ART9_CONDITIONS, type Art9Condition, DataSubject, getMetadataStorage, NotPersonal, PersonalData, ProcessingRole, SignificantEffect, WorkspaceKey } from '@lawful/annotations';
import fc from 'fast-check';
import { buildDataMap } from '../model/build-data-map';
import type { DataMap } from '../model/data-map.types';
import { sampleDecisionsModel } from '../testing/sample-decisions-model';
import { runChecks } from './run-checks';

const RULE = 'automated-decision-special-category';

/** A lead with special-category fields under scoring, its parent purpose and the CRM; with or without a gated effect. */
function model(withEffect: boolean): DataMap {
  const storage = getMetadataStorage();
  storage.clear();
  storage.registry.purposes.register(
    { key: 'service', name: 'Service', description: 'd', legalBasis: 'contract' },
    { key: 'ai', name: 'AI', description: 'd', legalBasis: 'contract' },
    { key: 'ai.lead_scoring', name: 'Lead scoring', description: 'd', legalBasis: 'contract' },
  );
  storage.registry.subjects.register({ key: 'lead', name: 'Lead' });
  storage.registry.retention.register({ key: 'crm', name: 'CRM', period: 'P1Y', trigger: 'workspace_closure' });
  const base = { source: 'provided', retention: 'crm', special: true } as const;

  @DataSubject('lead')
  @ProcessingRole('processor')
  class Lead {
    @NotPersonal() id!: string;
    @WorkspaceKey() @NotPersonal() workspaceId!: string;
    @PersonalData({ ...base, category: 'user.demographic.race_ethnicity', art9Condition: 'made_public_by_subject', purposes: ['ai.lead_scoring'] }) ethnicity!: string;
    @PersonalData({ ...base, category: 'user.demographic.religious_belief', art9Condition: 'legal_claims', purposes: ['ai'] }) religion!: string;
    @PersonalData({ ...base, category: 'user.health_and_medical', art9Condition: 'explicit_consent', purposes: ['ai.lead_scoring'] }) health!: string;
    @PersonalData({ ...base, category: 'user.trade_union_membership', art9Condition: 'substantial_public_interest', purposes: ['ai.lead_scoring'] }) union!: string;
    @PersonalData({ ...base, category: 'user.genetic', art9Condition: 'legal_claims', purposes: ['service'] }) genome!: string;
  }
  if (withEffect) {
    @SignificantEffect({ key: 'lead.disqualify', purpose: 'ai.lead_scoring', subject: 'lead', description: 'Disqualifies the lead.', logic: 'Score below the threshold.' })
    class Disqualify {}
    void Disqualify;
  }
  storage.seal();
  return buildDataMap({ storage, entities: [Lead] });
}

describe('privacy check: special categories in significant automated decisions (Art. 22(4))', () => {
  it('reports special-category fields the gated processing reads, directly or through a parent purpose, unless Art. 9(2)(a) or (g) applies', () => {
    const findings = runChecks(model(true)).filter((f) => f.rule === RULE);
    expect(findings.map((f) => f.property)).toEqual(['ethnicity', 'religion']);
    expect(findings[0]).toMatchObject({ severity: 'error', entity: 'Lead', location: { file: 'libs/datamap/src/check/automated-decision.rule.spec.ts', line: expect.any(Number) } });
    expect(findings[0].message).toBe('Lead.ethnicity is special-category data (user.demographic.race_ethnicity) read by "ai.lead_scoring", which proposes significant automated decisions (Art. 22(4))');
    expect(findings[0].fix).toContain('explicit_consent');
  });

  it('reports nothing when the same purposes have no significant effect', () => {
    expect(runChecks(model(false)).filter((f) => f.rule === RULE)).toEqual([]);
  });

  it('finds nothing on the clean decisions model', () => {
    expect(runChecks(sampleDecisionsModel().map)).toEqual([]);
  });

  it('fires for a flagged special field exactly when its condition is neither explicit consent nor substantial public interest', () => {
    const map = sampleDecisionsModel().map;
    const index = map.fields.findIndex((f) => f.property === 'jobTitle');
    fc.assert(fc.property(fc.constantFrom<Art9Condition | null>(null, ...ART9_CONDITIONS), fc.boolean(), (condition, special) => {
      const copy = structuredClone(map);
      Object.assign(copy.fields[index], { special, art9Condition: condition });
      const fired = runChecks(copy).some((f) => f.rule === RULE && f.property === 'jobTitle');
      expect(fired).toBe(special && condition !== 'explicit_consent' && condition !== 'substantial_public_interest');
    }));
  });
});
