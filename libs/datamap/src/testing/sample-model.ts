import { DataSubject, type EntityTarget, getMetadataStorage, NotPersonal, OwnedBy, PersonalData, ProcessingRole, WorkspaceKey } from '@lawful/annotations';
import { buildDataMap } from '../model/build-data-map';
import type { DataMap } from '../model/data-map.types';
import type { SchemaMapping } from '../schema/schema-mapping.types';

/**
 * A small annotated model for the data-map library's tests: a controller-side `Account`, a processor-side
 * `Lead` with a note, and a registry with a planned and an adequacy recipient. Clears the global storage first.
 */
export function sampleModel(): { map: DataMap; entities: EntityTarget[]; mapping: SchemaMapping } {
  const storage = getMetadataStorage();
  storage.clear();
  const { registry } = storage;
  registry.categories.register({ key: 'user.content.note', name: 'Notes' });
  registry.purposes.register(
    { key: 'service', name: 'Providing the service', description: 'Running the product', legalBasis: 'contract' },
    { key: 'service.crm', name: 'CRM', description: 'Customer relationship management' },
    { key: 'marketing', name: 'Marketing', description: 'Newsletters', legalBasis: 'consent', consentRecordedIn: 'Account' },
    { key: 'security', name: 'Security', description: 'Preventing fraud', legalBasis: 'legitimate_interests', legitimateInterest: 'Keeping accounts safe' },
    { key: 'model_training', name: 'Model training', description: 'Never done', prohibited: true },
  );
  registry.subjects.register({ key: 'customer', name: 'Customer' }, { key: 'lead', name: 'Sales lead' });
  registry.retention.register(
    { key: 'account', name: 'Account data', period: 'P30D', trigger: 'account_closure' },
    { key: 'crm', name: 'CRM data', period: 'P1Y', trigger: 'workspace_closure' },
  );
  registry.recipients.register(
    { key: 'mailer', name: 'Mailer Inc', purpose: 'Email delivery', dataShared: ['user.contact.email'], countries: ['US'], safeguard: 'scc', status: 'active' },
    { key: 'maple_crm', name: 'Maple CRM', purpose: 'CRM sync', dataShared: ['user.name'], countries: ['CA'], safeguard: 'adequacy', status: 'planned' },
  );
  registry.sources.register({ key: 'google_oauth', name: 'Google OAuth', dataReceived: 'name, email' });

  @DataSubject('customer')
  @ProcessingRole('controller')
  class Account {
    @NotPersonal({ reason: 'surrogate key' })
    id!: string;
    @PersonalData({ category: 'user.contact.email', purposes: ['service', 'marketing'], source: 'provided', retention: 'account', recipients: ['mailer'], erasure: 'hash' })
    email!: string;
    @PersonalData({ category: 'user.name', purposes: ['service'], source: { thirdParty: 'google_oauth' }, retention: 'account', erasure: { strategy: 'redact', replacement: 'Deleted' } })
    name!: string;
    @PersonalData({ category: 'user.device.ip_address', purposes: ['security'], source: 'observed', retention: 'account', erasure: 'null', encrypted: true })
    lastIp!: string;
  }

  @DataSubject('lead')
  @ProcessingRole('processor')
  class Lead {
    @NotPersonal({ reason: 'surrogate key' })
    id!: string;
    @WorkspaceKey()
    @NotPersonal({ reason: 'tenant key' })
    workspaceId!: string;
    @PersonalData({ category: 'user.name', purposes: ['service.crm'], legalBases: { 'service.crm': 'legitimate_interests' }, source: 'provided', retention: 'crm' })
    fullName!: string;
  }

  @ProcessingRole('processor')
  class LeadNote {
    @NotPersonal({ reason: 'surrogate key' })
    id!: string;
    @WorkspaceKey()
    @NotPersonal({ reason: 'tenant key' })
    workspaceId!: string;
    @OwnedBy(() => Lead, { shared: true })
    @NotPersonal({ reason: 'foreign key' })
    leadId!: string;
    @PersonalData({ category: 'user.content.note', subject: 'lead', purposes: ['service.crm'], source: 'provided', retention: 'crm', erasure: 'redact' })
    body!: string;
  }

  storage.seal();
  const entities = [Account, Lead, LeadNote];
  const tables = new Map<EntityTarget, string>([[Account, 'accounts'], [Lead, 'leads'], [LeadNote, 'lead_notes']]);
  const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const mapping: SchemaMapping = {
    tableOf: (e) => tables.get(e),
    columnsOf: (e) => storage.fieldsOf(e).map((f) => ({ property: f.property, column: snake(f.property) })),
  };
  return { map: buildDataMap({ storage, entities, mapping, generatedAt: new Date('2026-11-25T12:00:00Z') }), entities, mapping };
}
