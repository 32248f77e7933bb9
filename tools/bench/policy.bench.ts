import 'reflect-metadata';
import { createMongoAbility } from '@casl/ability';
import { permittedFieldsOf } from '@casl/ability/extra';
import { type EntityTarget, getMetadataStorage, NotPersonal, PersonalData, ProcessingRole, WorkspaceKey } from '@lawful/annotations';
import { PolicyAbilityFactory, type PolicyAbility, type WorkspaceFieldRestrictions, type WorkspaceRole } from '@lawful/policy';
import { type Measurement, measure, report } from './bench-harness';

const ENTITIES = 30;
const FIELDS = 20;
const LOOKUPS = 20_000;
const BUILDS = 1_000;
const PURPOSES = ['service.crm', 'service.support', 'marketing', 'ai.lead_scoring'];
const ROLES: WorkspaceRole[] = ['owner', 'admin', 'member', 'viewer'];

/** An app-sized annotated model: ENTITIES workspace entities × FIELDS personal fields, plus id and tenant key. */
function syntheticModel(): string[] {
  const storage = getMetadataStorage();
  storage.clear();
  const { registry } = storage;
  registry.purposes.register(
    { key: 'service', name: 'Service', description: 'd', legalBasis: 'contract' },
    { key: 'service.crm', name: 'CRM', description: 'd' },
    { key: 'service.support', name: 'Support', description: 'd' },
    { key: 'marketing', name: 'Marketing', description: 'd', legalBasis: 'consent' },
    { key: 'ai', name: 'AI', description: 'd', legalBasis: 'contract' },
    { key: 'ai.lead_scoring', name: 'Scoring', description: 'd', legalBasis: 'legitimate_interests', legitimateInterest: 'pipeline' },
  );
  registry.subjects.register({ key: 'customer', name: 'Customer' });
  registry.retention.register({ key: 'standard', name: 'Standard', period: 'P1Y', trigger: 'creation' });
  const names: string[] = [];
  for (let e = 0; e < ENTITIES; e++) {
    const cls: EntityTarget = { [`Entity${e}`]: class {} }[`Entity${e}`];
    NotPersonal({ reason: 'key' })(cls.prototype, 'id');
    WorkspaceKey()(cls.prototype, 'workspaceId');
    NotPersonal({ reason: 'tenant' })(cls.prototype, 'workspaceId');
    for (let f = 0; f < FIELDS; f++) {
      const purposes = f % 3 === 0 ? ['service.crm', 'ai.lead_scoring'] : f % 3 === 1 ? ['service', 'marketing'] : ['service.support'];
      PersonalData({ category: 'user.contact', subject: 'customer', purposes, source: 'provided', retention: 'standard' })(cls.prototype, `field${f}`);
    }
    ProcessingRole('processor')(cls);
    names.push(cls.name);
  }
  storage.seal();
  return names;
}

const entities = syntheticModel();
const restrictions: WorkspaceFieldRestrictions = { version: 7, hidden: { member: { Entity0: ['field1'] }, viewer: { Entity0: ['field1', 'field2'], Entity5: ['field4'] } } };
const factory = new PolicyAbilityFactory();
const uncached = new PolicyAbilityFactory({ cacheSize: 0 });
const input = (i: number) => ({ workspaceId: 'w1', userId: 'u1', role: ROLES[i % ROLES.length], purpose: PURPOSES[(i >> 2) % PURPOSES.length], restrictions });
const requests = Array.from({ length: 16 }, (_, i) => input(i));
const abilities: PolicyAbility[] = requests.map((r) => factory.build(r));
const rawRules = abilities.map((a) => a.rules);
const fieldsFrom = (rule: { fields?: string[] }) => rule.fields ?? [];

let sink = 0;
const lookups = (name: string, lookup: (i: number) => readonly string[]): Measurement =>
  measure(name, () => {
    for (let i = 0; i < LOOKUPS; i++) sink += lookup(i).length;
  });
const lookupBaseline = lookups('CASL permittedFieldsOf, fresh ability per call', (i) =>
  permittedFieldsOf(createMongoAbility(rawRules[i & 15]) as PolicyAbility, 'read', entities[i % ENTITIES], { fieldsFrom }),
);
const lookupRows = [
  lookups('CASL permittedFieldsOf, reused ability', (i) => permittedFieldsOf(abilities[i & 15], 'read', entities[i % ENTITIES], { fieldsFrom })),
  lookups('Lawful permittedFields (cached)', (i) => factory.permittedFields(requests[i & 15].role, requests[i & 15].purpose, entities[i % ENTITIES], restrictions)),
  lookups('Lawful permittedFields (cache off)', (i) => uncached.permittedFields(requests[i & 15].role, requests[i & 15].purpose, entities[i % ENTITIES], restrictions)),
];
report(`permitted-field lookups: ${LOOKUPS} per run, ${ENTITIES} entities × ${FIELDS + 2} fields`, lookupBaseline, lookupRows);
printThroughput(LOOKUPS, 'lookups', lookupBaseline, lookupRows);

const builds = (name: string, build: (i: number) => PolicyAbility): Measurement =>
  measure(name, () => {
    for (let i = 0; i < BUILDS; i++) sink += build(i).can('read', entities[i % ENTITIES], 'field0') ? 1 : 0;
  });
const subjectState = [
  { entity: 'Entity0', reason: 'objection' as const, exclude: { id: { $in: ['a', 'b', 'c'] } } },
  { entity: 'Entity1', reason: 'consent' as const, exclude: { id: { $nin: ['d'] } } },
];
const buildBaseline = builds('CASL createMongoAbility(same rules)', (i) => createMongoAbility(rawRules[i & 15]) as PolicyAbility);
const rawRulesWithState = requests.map((r) => factory.build({ ...r, subjectState }).rules);
const buildRows = [
  builds('CASL createMongoAbility(+ 2 cannot rules)', (i) => createMongoAbility(rawRulesWithState[i & 15]) as PolicyAbility),
  builds('Lawful build (warm caches)', (i) => factory.build(requests[i & 15])),
  builds('Lawful build + 2 subject-state rules', (i) => factory.build({ ...requests[i & 15], subjectState })),
  builds('Lawful build, cold (caches off)', (i) => uncached.build(requests[i & 15])),
];
report(`ability build (+ first can): ${BUILDS} per run, ${ENTITIES} entities`, buildBaseline, buildRows);
printThroughput(BUILDS, 'builds', buildBaseline, buildRows);
const boot = measure('new PolicyAbilityFactory() (boot)', () => new PolicyAbilityFactory(), 21, 3);
console.log(`  ${boot.name.padEnd(46)} ${boot.medianMs.toFixed(3).padStart(13)} ms once per process`);
if (sink === -1) console.log(sink);

function printThroughput(ops: number, unit: string, baseline: Measurement, rows: Measurement[]): void {
  for (const m of [baseline, ...rows]) {
    const perSecond = (ops / m.medianMs) * 1000;
    console.log(`  ${m.name.padEnd(46)} ${Math.round(perSecond).toLocaleString('en-US').padStart(13)} ${unit}/s   ${(baseline.medianMs / m.medianMs).toFixed(2).padStart(8)} × baseline throughput`);
  }
}
