import 'reflect-metadata';
import { DataSubject, getMetadataStorage, NotPersonal, PersonalData, ProcessingRole, WorkspaceKey } from '@lawful/annotations';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import { registerLawfulTestTaxonomy } from './lawful-fixture';
import { createPrivatePostgresDatabase } from './private-postgres.fixture';

const common = { source: 'provided', retention: 'standard' } as const;

/**
 * Values CSV must quote or keep as they are: quotes, separators, line breaks, formulas, non-ASCII.
 *
 * @example
 * const name = TRICKY_NAMES[i % TRICKY_NAMES.length];
 */
export const TRICKY_NAMES = ['Ada "the" Countess', 'Smith, John', 'two\nlines', 'cr\r\nlf', '=1+1', '  spaced  ', 'Zoë 李', ''];

/**
 * Declares the export test entities: `ExportContact` (processor, every column type the export converts: text,
 * int, boolean, timestamptz, jsonb, text[]; one column left unannotated), `ExportDeal` (processor, integer key)
 * and `ExportAccount` (controller data with a workspace key: never in a workspace export).
 *
 * @example
 * const { ExportContact } = defineExportDbEntities();
 */
export function defineExportDbEntities() {
  @Entity('export_test_contacts')
  @DataSubject('crm_contact')
  @ProcessingRole('processor')
  class ExportContact {
    @PrimaryColumn('text') @NotPersonal({ reason: 'key' }) id!: string;
    @Column('text', { name: 'ws' }) @WorkspaceKey() @NotPersonal({ reason: 'tenant' }) workspaceId!: string;
    @Column('text', { name: 'full_name' }) @PersonalData({ ...common, category: 'user.name', purposes: ['service.crm'] }) name!: string;
    @Column('text', { nullable: true }) @PersonalData({ ...common, category: 'user.contact.email', purposes: ['service.crm'] }) email!: string | null;
    @Column('int') @PersonalData({ ...common, category: 'user.demographic.profile', purposes: ['ai.lead_scoring'] }) score!: number;
    @Column('boolean') @NotPersonal({ reason: 'flag' }) vip!: boolean;
    @Column('timestamptz', { name: 'created_at' }) @NotPersonal({ reason: 'row timestamp' }) createdAt!: Date;
    @Column('jsonb', { nullable: true }) @PersonalData({ ...common, category: 'user.demographic.profile', purposes: ['service.crm'] }) profile!: Record<string, unknown> | null;
    @Column('text', { array: true }) @NotPersonal({ reason: 'labels' }) tags!: string[];
    @Column('text', { nullable: true }) internal!: string | null;
  }

  @Entity('export_test_deals')
  @ProcessingRole('processor')
  class ExportDeal {
    @PrimaryColumn('int') @NotPersonal({ reason: 'key' }) id!: number;
    @Column('text') @WorkspaceKey() @NotPersonal({ reason: 'tenant' }) workspaceId!: string;
    @Column('text') @NotPersonal({ reason: 'foreign key' }) contactId!: string;
    @Column('numeric') @NotPersonal({ reason: 'amount' }) amount!: string;
  }

  @Entity('export_test_accounts')
  @ProcessingRole('controller')
  class ExportAccount {
    @PrimaryColumn('text') @NotPersonal({ reason: 'key' }) id!: string;
    @Column('text') @WorkspaceKey() @NotPersonal({ reason: 'tenant' }) workspaceId!: string;
    @Column('text') @PersonalData({ ...common, category: 'user.contact.email', subject: 'crm_contact', purposes: ['service'] }) email!: string;
  }
  return { ExportContact, ExportDeal, ExportAccount };
}

/**
 * The classes `defineExportDbEntities()` returns.
 *
 * @example
 * let entities: ExportDbEntities;
 */
export type ExportDbEntities = ReturnType<typeof defineExportDbEntities>;

/**
 * Resets the metadata storage with the test taxonomy and the export entities, then opens a database (in-memory
 * PGlite, or a private PostgreSQL database when `DATABASE_URL` is set; `destroy()` drops it) seeded with
 * `contacts` contacts `k001…` and one deal per two contacts in workspace `w1`, and two contacts, a deal and an
 * account in `w2` (and one account in `w1`).
 *
 * @example
 * const { dataSource, entities } = await openExportDb(25);
 * afterAll(() => dataSource.destroy());
 */
export async function openExportDb(contacts: number): Promise<{ dataSource: DataSource; entities: ExportDbEntities }> {
  const storage = getMetadataStorage();
  storage.clear();
  registerLawfulTestTaxonomy(storage.registry);
  const entities = defineExportDbEntities();
  storage.seal();
  const server = process.env.DATABASE_URL;
  const postgres = server === undefined || server === '' ? undefined : await createPrivatePostgresDatabase(server);
  const connection = postgres === undefined ? { driver: new PGliteDriver().driver } : { url: postgres.url };
  const dataSource = new DataSource({ type: 'postgres', ...connection, entities: Object.values(entities), synchronize: true });
  await dataSource.initialize();
  if (postgres !== undefined) {
    const destroy = dataSource.destroy.bind(dataSource);
    Object.assign(dataSource, { destroy: () => destroy().then(postgres.drop) });
  }
  const contact = (i: number, workspaceId: string) => ({
    id: `k${String(i).padStart(3, '0')}`,
    workspaceId,
    name: TRICKY_NAMES[i % TRICKY_NAMES.length],
    email: i % 3 === 0 ? null : `c${i}@example.test`,
    score: i * 7 - 50,
    vip: i % 2 === 0,
    createdAt: new Date(Date.UTC(2024, 0, 1, 9, 30, i, 250)),
    profile: i % 4 === 0 ? null : { city: i % 2 ? 'Oslo' : 'Lyon, "centre"', visits: i },
    tags: i % 5 === 0 ? [] : ['lead', `t,${i}`],
    internal: 'never exported',
  });
  const rows = Array.from({ length: contacts }, (_, i) => contact(i + 1, 'w1'));
  await dataSource.getRepository(entities.ExportContact).insert([...rows, contact(900, 'w2'), contact(901, 'w2')]);
  const deals = rows.filter((_, i) => i % 2 === 0).map((c, i) => ({ id: i + 1, workspaceId: 'w1', contactId: c.id, amount: `${i * 100}.50` }));
  await dataSource.getRepository(entities.ExportDeal).insert([...deals, { id: 999, workspaceId: 'w2', contactId: 'k900', amount: '1.00' }]);
  await dataSource.getRepository(entities.ExportAccount).insert([{ id: 'a1', workspaceId: 'w1', email: 'a1@example.test' }, { id: 'a2', workspaceId: 'w2', email: 'a2@example.test' }]);
  return { dataSource, entities };
}
