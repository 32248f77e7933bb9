import { PrivacyRegistry } from '@lawful/annotations';
import { ART22_SAFEGUARDS } from '@lawful/decisions';
import { isPurposeCompliant } from '@lawful/policy';
import fc from 'fast-check';
import { sampleDecisionsModel } from '../testing/sample-decisions-model';
import { sampleModel } from '../testing/sample-model';
import { decisionRole } from './automated-decisions.builder';
import type { DataMapField } from './data-map.types';

describe('automated decisions in the data map', () => {
  const { map } = sampleDecisionsModel();
  const names = (fields: { entity: string; property: string }[]) => fields.map((f) => `${f.entity}.${f.property}`);

  it('describes each purpose with significant effects: purpose and basis, profiling, the effects with their logic and handler', () => {
    expect(map.automatedDecisions).toHaveLength(1);
    const [scoring] = map.automatedDecisions;
    expect(scoring.purpose).toEqual({ id: 'ai.lead_scoring', name: 'Lead scoring', legalBasis: 'legitimate_interests', legitimateInterest: 'Prioritising the pipeline' });
    expect(scoring.profiling).toBe(true);
    expect(scoring.effects.map((e) => [e.key, e.subject, e.handler])).toEqual([['lead.disqualify', 'lead', 'DisqualifyLeadEffect'], ['lead.reassign_owner', 'lead', 'ReassignOwnerEffect']]);
    expect(scoring.effects[0]).toMatchObject({
      description: 'Marks the lead as disqualified: sales stop working it.',
      logic: 'Proposed when the lead score is below the workspace threshold and no deal is open.',
      declaredAt: { file: 'libs/datamap/src/testing/sample-decisions-model.ts', line: expect.any(Number) },
    });
  });

  it('lists as inputs the fields annotated with the purpose or one above it, and as outputs the derived fields only it uses', () => {
    const [scoring] = map.automatedDecisions;
    expect(names(scoring.inputs)).toEqual(['Lead.jobTitle', 'Lead.lastActivityAt', 'Lead.summary']);
    expect(scoring.inputs.map((f) => [f.category, f.via])).toEqual([['user.job_title', 'ai.lead_scoring'], ['user.telemetry', 'ai.lead_scoring'], ['user.content', 'ai']]);
    expect(names(scoring.outputs)).toEqual(['LeadScore.score']);
    expect(scoring.outputs[0]).toMatchObject({ category: 'user.inferred.score', special: false });
  });

  it('lists every safeguard the review gate enforces', () => {
    expect(map.automatedDecisions[0].safeguards).toEqual(ART22_SAFEGUARDS.map((s) => ({ key: s.key, name: s.name, description: s.description })));
  });

  it('flags each field row that feeds or is produced by automated decisions, and only those', () => {
    expect(map.fields.map((f) => [`${f.entity}.${f.property}`, f.automatedDecisions.map((d) => `${d.role}:${d.purpose}`)])).toEqual([
      ['Lead.fullName', []], ['Lead.email', []], ['Lead.jobTitle', ['input:ai.lead_scoring']], ['Lead.lastActivityAt', ['input:ai.lead_scoring']],
      ['Lead.summary', ['input:ai.lead_scoring']], ['LeadScore.score', ['output:ai.lead_scoring']],
    ]);
  });

  it('is empty, and flags nothing, without significant effects (the existing map keeps its shape)', () => {
    const plain = sampleModel().map;
    expect(plain.automatedDecisions).toEqual([]);
    expect(plain.fields.every((f) => f.automatedDecisions.length === 0)).toBe(true);
  });

  it('flags a field for a purpose exactly when purpose enforcement lets that purpose read it; outputs are derived', () => {
    const tree = ['a', 'a.b', 'a.b.c', 'a.d', 'e'];
    const registry = new PrivacyRegistry();
    registry.purposes.register(...tree.map((key) => ({ key, name: key, description: key, legalBasis: 'contract' as const })));
    const field = (purposes: string[], source: string): DataMapField => ({ ...sampleModel().map.fields[0], purposes: purposes.map((id) => ({ id, legalBasis: 'contract' })), source });
    fc.assert(fc.property(
      fc.subarray(tree, { minLength: 1 }), fc.constantFrom(...tree), fc.constantFrom('provided', 'observed', 'derived'),
      (purposes, purpose, source) => {
        const found = decisionRole(field(purposes, source), purpose);
        expect(found !== null).toBe(isPurposeCompliant(purpose, purposes, registry));
        if (found?.role === 'output') expect(source).toBe('derived');
        if (found) expect(purposes).toContain(found.via);
      },
    ));
  });
});
