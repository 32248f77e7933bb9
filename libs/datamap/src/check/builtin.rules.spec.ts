import { DataSubject, type EntityTarget, getMetadataStorage, NotPersonal, PersonalData, ProcessingRole } from '@lawful/annotations';
import { buildDataMap } from '../model/build-data-map';
import type { DataMap } from '../model/data-map.types';
import { sampleModel } from '../testing/sample-model';
import { formatFindings, runChecks } from './run-checks';

/** A purpose-built bad model: each field breaks one rule. Not sealed, so unknown ids survive into the map. */
function badModel(): DataMap {
  const storage = getMetadataStorage();
  storage.clear();
  const { registry } = storage;
  registry.purposes.register(
    { key: 'service', name: 'Service', description: 'd', legalBasis: 'contract' },
    { key: 'newsletter', name: 'Newsletter', description: 'd', legalBasis: 'consent' },
    { key: 'profiling', name: 'Profiling', description: 'd', legalBasis: 'legitimate_interests', legitimateInterest: 'sales' },
    { key: 'model_training', name: 'Training', description: 'never', prohibited: true },
  );
  registry.subjects.register({ key: 'patient', name: 'Patient' });
  registry.retention.register({ key: 'short', name: 'Short', period: 'P30D', trigger: 'creation' });
  registry.recipients.register(
    { key: 'future_ai', name: 'Future AI', purpose: 'LLM', dataShared: [], countries: ['US'], safeguard: 'scc', status: 'planned' },
    { key: 'cheap_host', name: 'Cheap Host', purpose: 'Hosting', dataShared: [], countries: ['US'], safeguard: 'none', status: 'active' },
    { key: 'eu_host', name: 'EU Host', purpose: 'Hosting', dataShared: [], countries: ['DE'], safeguard: 'eea', status: 'active' },
  );
  const base = { purposes: ['service'], source: 'provided', retention: 'short' } as const;

  @DataSubject('patient')
  @ProcessingRole('processor')
  class Patient {
    @NotPersonal() id!: string;
    @PersonalData({ ...base, category: 'user.health_and_medical' }) diagnosis!: string;
    @PersonalData({ ...base, category: 'user.genetic', special: true, art9Condition: 'explicit_consent', purposes: ['profiling'] }) genome!: string;
    @PersonalData({ ...base, category: 'user.shoe_size', purposes: ['upselling'], retention: 'forever', recipients: ['ghost'] }) shoeSize!: string;
    @PersonalData({ ...base, category: 'user.contact.email', purposes: ['newsletter'] }) email!: string;
    @PersonalData({ ...base, category: 'user.name', recipients: ['future_ai', 'cheap_host', 'eu_host'] }) name!: string;
    @PersonalData({ ...base, category: 'user.content', purposes: ['model_training'] }) notes!: string;
  }
  class Orphan {
    @PersonalData({ ...base, category: 'user.name' }) label!: string;
  }
  const entities: EntityTarget[] = [Patient, Orphan];
  const mapping = {
    tableOf: (e: EntityTarget) => e.name.toLowerCase(),
    columnsOf: (e: EntityTarget) => [...storage.fieldsOf(e).map((f) => ({ property: f.property, column: f.property })), ...(e === Patient ? [{ property: 'secretColumn', column: 'secret_column' }] : [])],
  };
  return buildDataMap({ storage, entities, mapping });
}

describe('built-in privacy rules', () => {
  const findings = runChecks(badModel());
  const fired = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => `${f.entity}.${f.property}`);

  it.each([
    ['unannotated-column', ['Patient.secretColumn']],
    ['unknown-id', ['Patient.shoeSize', 'Patient.shoeSize', 'Patient.shoeSize', 'Orphan.label']],
    ['missing-retention', ['Patient.shoeSize']],
    ['consent-not-recordable', ['Patient.email']],
    ['special-category', ['Patient.diagnosis', 'Patient.genome']],
    ['planned-recipient', ['Patient.name']],
    ['unsafe-transfer', ['Patient.name']],
    ['prohibited-purpose', ['Patient.notes']],
    ['missing-processing-role', ['Orphan.null']],
    ['processor-without-workspace-key', ['Patient.null']],
  ])('%s fires on the bad model', (rule, expected) => {
    expect(fired(rule).sort()).toEqual([...expected].sort());
  });

  it('reports a purpose without a legal basis', () => {
    const map = badModel();
    map.fields.find((f) => f.property === 'name')!.purposes[0].legalBasis = null;
    expect(runChecks(map).filter((f) => f.rule === 'legal-basis').map((f) => f.property)).toEqual(['name']);
  });

  it('names Entity.property, the declaring file and line, the rule and the fix in every finding', () => {
    for (const f of findings) {
      expect(f.location?.file).toBe('libs/datamap/src/check/builtin.rules.spec.ts');
      expect(f.location?.line).toBeGreaterThan(0);
      expect(f.message).toMatch(new RegExp(`^${f.entity}`));
      expect(f.fix.length).toBeGreaterThan(10);
    }
    const text = formatFindings(findings);
    expect(text).toMatch(/^libs\/datamap\/src\/check\/builtin\.rules\.spec\.ts:\d+: error \[special-category\] Patient\.diagnosis$/m);
    expect(text).toMatch(/privacy check: \d+ finding\(s\)\n$/);
  });

  it('finds nothing on a clean model and honors disabled rules', () => {
    const { map } = sampleModel();
    expect(runChecks(map)).toEqual([]);
    expect(runChecks(badModel(), { disable: ['unknown-id', 'missing-retention'] }).some((f) => f.rule === 'unknown-id' || f.rule === 'missing-retention')).toBe(false);
  });
});
