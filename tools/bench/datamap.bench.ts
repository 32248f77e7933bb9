import 'reflect-metadata';
import { type EntityTarget, getMetadataStorage, NotPersonal, PersonalData, ProcessingRole, WorkspaceKey } from '@lawful/annotations';
import { buildDataMap, FORMATS, runChecks, type SchemaMapping } from '@lawful/datamap';
import { measure, report } from './bench-harness';

const ENTITIES = 500;
const FIELDS = 20;
const CATEGORIES = ['user.contact.email', 'user.name', 'user.device.ip_address', 'user.content', 'user.payment', 'user.behavior.browsing_history'];

/** A synthetic annotated model: ENTITIES classes × FIELDS personal fields, plus id and tenant key. */
function syntheticModel(): { entities: EntityTarget[]; mapping: SchemaMapping } {
  const storage = getMetadataStorage();
  storage.clear();
  const { registry } = storage;
  registry.purposes.register({ key: 'service', name: 'Service', description: 'd', legalBasis: 'contract' });
  for (let p = 0; p < 20; p++) registry.purposes.register({ key: `service.p${p}`, name: `P${p}`, description: 'd' });
  registry.subjects.register({ key: 'customer', name: 'Customer' });
  registry.retention.register({ key: 'standard', name: 'Standard', period: 'P1Y', trigger: 'creation' });
  for (let r = 0; r < 10; r++) registry.recipients.register({ key: `vendor_${r}`, name: `Vendor ${r}`, purpose: 'p', dataShared: [], countries: [r % 2 ? 'US' : 'DE'], safeguard: r % 2 ? 'scc' : 'eea', status: 'active' });
  const entities: EntityTarget[] = [];
  for (let e = 0; e < ENTITIES; e++) {
    const cls = { [`Entity${e}`]: class {} }[`Entity${e}`];
    NotPersonal({ reason: 'key' })(cls.prototype, 'id');
    WorkspaceKey()(cls.prototype, 'workspaceId');
    NotPersonal({ reason: 'tenant' })(cls.prototype, 'workspaceId');
    for (let f = 0; f < FIELDS; f++) {
      PersonalData({ category: CATEGORIES[(e + f) % CATEGORIES.length], subject: 'customer', purposes: [`service.p${(e + f) % 20}`, 'service'], source: 'provided', retention: 'standard', recipients: [`vendor_${f % 10}`] })(cls.prototype, `field${f}`);
    }
    ProcessingRole(e % 2 ? 'processor' : 'controller')(cls);
    entities.push(cls);
  }
  storage.seal();
  const mapping: SchemaMapping = {
    tableOf: (t) => t.name.toLowerCase(),
    columnsOf: (t) => storage.fieldsOf(t).map((f) => ({ property: f.property, column: f.property.toLowerCase() })),
  };
  return { entities, mapping };
}

const { entities, mapping } = syntheticModel();
const storage = getMetadataStorage();
const map = buildDataMap({ storage, entities, mapping });
const baseline = measure('JSON round trip of the map', () => JSON.parse(JSON.stringify(map)));
const rows = [
  measure('build data map', () => buildDataMap({ storage, entities, mapping })),
  measure('run privacy checks', () => runChecks(map)),
  ...Object.entries(FORMATS).map(([name, render]) => measure(`render ${name}`, () => render(map))),
];
report(`data map: ${ENTITIES} entities × ${FIELDS} personal fields = ${map.fields.length} fields`, baseline, rows);
