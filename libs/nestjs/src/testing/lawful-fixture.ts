import { DataSubject, getMetadataStorage, NotPersonal, OwnedBy, PersonalData, type PrivacyRegistry, ProcessingRole, WorkspaceKey } from '@lawful/annotations';

const common = { source: 'provided', retention: 'standard' } as const;

/**
 * Purposes of the integration tests: a tree with a grandchild, a consent purpose, one prohibited.
 *
 * @example
 * registerLawfulTestTaxonomy(getMetadataStorage().registry);
 */
export function registerLawfulTestTaxonomy(registry: PrivacyRegistry): void {
  registry.purposes.register(
    { key: 'service', name: 'Service', description: 'Providing the service', legalBasis: 'contract' },
    { key: 'service.crm', name: 'CRM', description: 'CRM features' },
    { key: 'service.crm.import', name: 'CRM import', description: 'Importing contacts' },
    { key: 'marketing', name: 'Marketing', description: 'Newsletters', legalBasis: 'consent' },
    { key: 'ai', name: 'AI', description: 'AI features', legalBasis: 'contract' },
    { key: 'ai.lead_scoring', name: 'Lead scoring', description: 'Ranking leads' },
    { key: 'sale_of_data', name: 'Sale', description: 'Never done', prohibited: true },
  );
  registry.subjects.register({ key: 'crm_contact', name: 'CRM contact' });
  registry.retention.register({ key: 'standard', name: 'Standard', period: 'P1Y', trigger: 'creation' });
}

/**
 * Declares two annotated classes (no database): `Person` (workspace CRM contact) and `Note` (owned by a person).
 *
 * @example
 * const { Person, Note } = defineLawfulTestEntities();
 */
export function defineLawfulTestEntities() {
  @DataSubject('crm_contact')
  @ProcessingRole('processor')
  class Person {
    @NotPersonal({ reason: 'key' }) id!: string;
    @WorkspaceKey() @NotPersonal({ reason: 'tenant' }) workspaceId!: string;
    @PersonalData({ ...common, category: 'user.name', purposes: ['service.crm'] }) name!: string;
    @PersonalData({ ...common, category: 'user.contact.email', purposes: ['service.crm', 'marketing'] }) email!: string | null;
    @PersonalData({ ...common, category: 'user.contact.phone_number', purposes: ['service.crm'] }) phone!: string | null;
    @PersonalData({ ...common, category: 'user.demographic.profile', purposes: ['ai.lead_scoring'] }) score!: number;
  }

  @ProcessingRole('processor')
  class Note {
    @NotPersonal({ reason: 'key' }) id!: string;
    @WorkspaceKey() @NotPersonal({ reason: 'tenant' }) workspaceId!: string;
    @OwnedBy(() => Person) @NotPersonal({ reason: 'foreign key' }) personId!: string;
    @PersonalData({ ...common, category: 'user.content', subject: 'crm_contact', purposes: ['service.crm'] }) body!: string;
  }

  return { Person, Note };
}

/**
 * Clears the global metadata storage, registers the test taxonomy and entities, and seals unless `seal` is false.
 *
 * @example
 * beforeAll(() => setUpLawfulFixture());
 */
export function setUpLawfulFixture(seal = true): ReturnType<typeof defineLawfulTestEntities> {
  const storage = getMetadataStorage();
  storage.clear();
  registerLawfulTestTaxonomy(storage.registry);
  const entities = defineLawfulTestEntities();
  if (seal) storage.seal();
  return entities;
}
