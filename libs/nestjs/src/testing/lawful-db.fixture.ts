import 'reflect-metadata';
import { DataSubject, getMetadataStorage, NotPersonal, OwnedBy, PersonalData, ProcessingRole, WorkspaceKey } from '@lawful/annotations';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import { registerLawfulTestTaxonomy } from './lawful-fixture';
import { createPrivatePostgresDatabase } from './private-postgres.fixture';

const common = { source: 'provided', retention: 'standard' } as const;

/**
 * Declares the annotated TypeORM entities of the database tests: `Contact` (workspace CRM contact; custom column
 * names exercise the property → column map; the database generates the id of a new row) and `Deal` (owned by a contact: its audit subjects are contacts).
 *
 * @example
 * const { Contact, Deal } = defineLawfulDbEntities();
 */
export function defineLawfulDbEntities() {
  @Entity('nestjs_test_contacts')
  @DataSubject('crm_contact')
  @ProcessingRole('processor')
  class Contact {
    @PrimaryColumn('text', { default: () => 'gen_random_uuid()::text' }) @NotPersonal({ reason: 'key' }) id!: string;
    @Column('text', { name: 'workspace_id' }) @WorkspaceKey() @NotPersonal({ reason: 'tenant' }) workspaceId!: string;
    @Column('text', { name: 'full_name', nullable: true }) @PersonalData({ ...common, category: 'user.name', purposes: ['service.crm'] }) name!: string;
    @Column('text', { nullable: true }) @PersonalData({ ...common, category: 'user.contact.email', purposes: ['service.crm', 'marketing'] }) email!: string | null;
    @Column('int', { default: 0 }) @PersonalData({ ...common, category: 'user.demographic.profile', purposes: ['ai.lead_scoring'] }) score!: number;
    @Column('text', { default: 'lead' }) @NotPersonal({ reason: 'pipeline stage' }) stage!: string;
  }

  @Entity('nestjs_test_deals')
  @ProcessingRole('processor')
  class Deal {
    @PrimaryColumn('text') @NotPersonal({ reason: 'key' }) id!: string;
    @Column('text', { name: 'workspace_id' }) @WorkspaceKey() @NotPersonal({ reason: 'tenant' }) workspaceId!: string;
    @Column('text', { name: 'contact_id', nullable: true }) @OwnedBy(() => Contact) @NotPersonal({ reason: 'foreign key' }) contactId!: string | null;
    @Column('text') @NotPersonal({ reason: 'deal title' }) title!: string;
  }
  return { Contact, Deal };
}

/**
 * The classes `defineLawfulDbEntities()` returns.
 *
 * @example
 * let entities: LawfulDbEntities;
 */
export type LawfulDbEntities = ReturnType<typeof defineLawfulDbEntities>;

/**
 * Clears the global metadata storage, registers the test taxonomy, declares the database entities and seals.
 *
 * @example
 * const { Contact } = setUpLawfulDbFixture();
 */
export function setUpLawfulDbFixture(): LawfulDbEntities {
  const storage = getMetadataStorage();
  storage.clear();
  registerLawfulTestTaxonomy(storage.registry);
  const entities = defineLawfulDbEntities();
  storage.seal();
  return entities;
}

/**
 * An in-memory PGlite database — or, when `DATABASE_URL` is set, a new PostgreSQL database on that server,
 * dropped by `destroy()` — (`synchronize`, fine in a library test) seeded with three contacts in
 * workspace `w1` (`c1`–`c3`) and two in `w2` (`c4`, `c5`), and deals `d1` (of `c1`), `d2` (of `c3`) in `w1`
 * and `d3` (of `c4`) in `w2`. Destroy it in `afterAll`.
 *
 * @example
 * const dataSource = await openLawfulDataSource(entities);
 * afterAll(() => dataSource.destroy());
 */
export async function openLawfulDataSource({ Contact, Deal }: LawfulDbEntities): Promise<DataSource> {
  const server = process.env.DATABASE_URL;
  const postgres = server === undefined || server === '' ? undefined : await createPrivatePostgresDatabase(server);
  const connection = postgres === undefined ? { driver: new PGliteDriver().driver } : { url: postgres.url };
  const dataSource = new DataSource({ type: 'postgres', ...connection, entities: [Contact, Deal], synchronize: true });
  await dataSource.initialize();
  if (postgres !== undefined) {
    const destroy = dataSource.destroy.bind(dataSource);
    Object.assign(dataSource, { destroy: () => destroy().then(postgres.drop) });
  }
  await dataSource.getRepository(Contact).insert([
    { id: 'c1', workspaceId: 'w1', name: 'Ada', email: 'ada@example.test', score: 90, stage: 'customer' },
    { id: 'c2', workspaceId: 'w1', name: 'Bob', email: null, score: 40, stage: 'lead' },
    { id: 'c3', workspaceId: 'w1', name: 'Cyd', email: 'cyd@example.test', score: 10, stage: 'lead' },
    { id: 'c4', workspaceId: 'w2', name: 'Dee', email: 'dee@example.test', score: 70, stage: 'customer' },
    { id: 'c5', workspaceId: 'w2', name: 'Eve', email: null, score: 20, stage: 'lead' },
  ]);
  await dataSource.getRepository(Deal).insert([
    { id: 'd1', workspaceId: 'w1', contactId: 'c1', title: 'Renewal' },
    { id: 'd2', workspaceId: 'w1', contactId: 'c3', title: 'Upsell' },
    { id: 'd3', workspaceId: 'w2', contactId: 'c4', title: 'Pilot' },
  ]);
  return dataSource;
}
