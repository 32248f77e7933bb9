import { getMetadataStorage, NotPersonal, PersonalData } from '@lawful/annotations';
import { ENTITIES } from '../../entities';
import { ensurePrivacySealed } from '../../privacy/register-privacy';
import { featureSourceProblems } from './feature-sources.check';
import { LEAD_SCORING_FEATURES, LEAD_SCORING_LABEL } from './lead-scoring.features';
import { LEAD_SCORING_PURPOSE } from './lead-scoring.service';

describe('lead-scoring features, checked against the annotations', () => {
  const storage = ensurePrivacySealed();

  it('reads only annotated fields: personal ones annotated for ai.lead_scoring and never special category', () => {
    expect(ENTITIES.length).toBeGreaterThan(0);
    expect(featureSourceProblems([...LEAD_SCORING_FEATURES, { key: 'label', sourceFields: LEAD_SCORING_LABEL.sourceFields }], storage, LEAD_SCORING_PURPOSE)).toEqual([]);
  });

  it('lists every feature once, frozen, with a description and SQL', () => {
    const keys = LEAD_SCORING_FEATURES.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.isFrozen(LEAD_SCORING_FEATURES)).toBe(true);
    for (const f of LEAD_SCORING_FEATURES) {
      expect(Object.isFrozen(f)).toBe(true);
      expect(f.description.length).toBeGreaterThan(10);
      expect(f.sql).not.toMatch(/won|lost/); // outcomes are the label (leakage): features count open deals only
    }
  });

  it('reports a feature over a field not annotated for the purpose, a special-category field or an unknown field', () => {
    class ScoringProbe {
      @NotPersonal({ reason: 'surrogate key' }) id!: string;
      @PersonalData({ category: 'user.health_and_medical', special: true, art9Condition: 'explicit_consent', purposes: ['ai.lead_scoring'], subject: 'crm_contact', source: 'provided', retention: 'workspace_data', erasure: 'delete' })
      health!: string;
    }
    expect(getMetadataStorage().fieldOf(ScoringProbe, 'health')?.kind).toBe('personal');
    const problems = featureSourceProblems(
      [
        { key: 'email_domain', sourceFields: [{ entity: 'Contact', property: 'email' }] },
        { key: 'health', sourceFields: [{ entity: 'ScoringProbe', property: 'health' }] },
        { key: 'ghost', sourceFields: [{ entity: 'Contact', property: 'shoeSize' }, { entity: 'Nope', property: 'id' }] },
        { key: 'nothing', sourceFields: [] },
        { key: 'fine', sourceFields: [{ entity: 'Contact', property: 'companyId' }, { entity: 'Deal', property: 'value' }] },
      ],
      storage,
      LEAD_SCORING_PURPOSE,
    );
    expect(problems).toEqual([
      'email_domain: Contact.email is personal data not annotated for ai.lead_scoring',
      'health: ScoringProbe.health is special-category data (user.health_and_medical)',
      'ghost: Contact.shoeSize is not an annotated field',
      'ghost: Nope.id is not an annotated field',
      'nothing: no source field declared',
    ]);
  });
});
