import 'reflect-metadata';
import { DataSubject, getMetadataStorage, LinksTo, NotPersonal, OwnedBy, PersonalData, personalDataPreset, ProcessingRole, WorkspaceKey } from '@lawful/annotations';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import { registerLawfulTestTaxonomy } from './lawful-fixture';
import { createPrivatePostgresDatabase } from './private-postgres.fixture';

const about = { source: 'provided', retention: 'standard', purposes: ['service.crm'] } as const;
const subject = 'crm_contact';
const Held = personalDataPreset({ ...about, erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'tax records' } } });
const key = () => PrimaryColumn('uuid');
const tenant = () => Column('text', { name: 'workspace_id' });

/**
 * Declares the annotated entities of the erasure tests (tables `erasure_test_*`, no FK constraints):
 * `Person` (the subject), `Order` and `OrderLine` (owned by the person alone, two hops), `Message` (shared through
 * a nullable sender link; text, text[] and jsonb fields erased by redact, hash and null), `Memo` with `MemoLink`
 * (`@LinksTo`: a memo is about every person linked to it; the link row is a pure NOT NULL link), `Invoice` (legal
 * hold, nullable link, one erasable field) and `Receipt` (legal hold, NOT NULL link).
 *
 * @example
 * const { Person, Memo, MemoLink } = defineErasureEntities();
 */
export function defineErasureEntities() {
  @Entity('erasure_test_people') @DataSubject('crm_contact') @ProcessingRole('processor')
  class Person {
    @key() @NotPersonal({ reason: 'key' }) id!: string;
    @tenant() @WorkspaceKey() @NotPersonal({ reason: 'tenant' }) workspaceId!: string;
    @Column('text') @PersonalData({ ...about, category: 'user.name' }) name!: string;
    @Column('text', { nullable: true }) @PersonalData({ ...about, category: 'user.contact.email', erasure: 'hash' }) email!: string | null;
  }

  @Entity('erasure_test_orders') @ProcessingRole('processor')
  class Order {
    @key() @NotPersonal({ reason: 'key' }) id!: string;
    @tenant() @WorkspaceKey() @NotPersonal({ reason: 'tenant' }) workspaceId!: string;
    @Column('uuid', { name: 'person_id' }) @OwnedBy(() => Person) @NotPersonal({ reason: 'foreign key' }) personId!: string;
    @Column('text') @PersonalData({ ...about, category: 'user.content', subject: 'crm_contact' }) note!: string;
  }

  @Entity('erasure_test_order_lines') @ProcessingRole('processor')
  class OrderLine {
    @key() @NotPersonal({ reason: 'key' }) id!: string;
    @tenant() @WorkspaceKey() @NotPersonal({ reason: 'tenant' }) workspaceId!: string;
    @Column('uuid', { name: 'order_id' }) @OwnedBy(() => Order) @NotPersonal({ reason: 'foreign key' }) orderId!: string;
    @Column('text') @PersonalData({ ...about, category: 'user.content', subject: 'crm_contact' }) text!: string;
  }

  @Entity('erasure_test_messages') @ProcessingRole('processor')
  class Message {
    @key() @NotPersonal({ reason: 'key' }) id!: string;
    @tenant() @WorkspaceKey() @NotPersonal({ reason: 'tenant' }) workspaceId!: string;
    @Column('uuid', { name: 'sender_id', nullable: true }) @OwnedBy(() => Person, { shared: true }) @NotPersonal({ reason: 'foreign key' }) senderId!: string | null;
    @Column('text') @PersonalData({ ...about, category: 'user.content', subject: 'crm_contact', erasure: 'redact' }) body!: string;
    @Column('text', { name: 'from_address', nullable: true }) @PersonalData({ ...about, category: 'user.contact.email', subject: 'crm_contact', erasure: 'hash' }) fromAddress!: string | null;
    @Column('text', { array: true, default: '{}' }) @PersonalData({ ...about, category: 'user.contact.email', subject: 'crm_contact', erasure: { strategy: 'redact', replacement: '[]' } }) recipients!: string[];
    @Column('jsonb', { nullable: true }) @PersonalData({ ...about, category: 'user.content', subject: 'crm_contact', erasure: 'hash' }) meta!: unknown;
    @Column('text', { nullable: true }) @PersonalData({ ...about, category: 'user.behavior', subject: 'crm_contact', erasure: 'null' }) intent!: string | null;
  }

  @Entity('erasure_test_memos') @ProcessingRole('processor')
  class Memo {
    @key() @NotPersonal({ reason: 'key' }) id!: string;
    @tenant() @WorkspaceKey() @NotPersonal({ reason: 'tenant' }) workspaceId!: string;
    @Column('text') @PersonalData({ ...about, category: 'user.content', subject: 'crm_contact', erasure: { strategy: 'redact', replacement: '[gone]' } }) body!: string;
  }

  @Entity('erasure_test_memo_links') @ProcessingRole('processor')
  class MemoLink {
    @key() @NotPersonal({ reason: 'key' }) id!: string;
    @tenant() @WorkspaceKey() @NotPersonal({ reason: 'tenant' }) workspaceId!: string;
    @Column('uuid', { name: 'memo_id' }) @LinksTo(() => Memo) @NotPersonal({ reason: 'foreign key' }) memoId!: string;
    @Column('uuid', { name: 'person_id' }) @OwnedBy(() => Person, { shared: true }) @NotPersonal({ reason: 'foreign key' }) personId!: string;
  }

  @Entity('erasure_test_invoices') @ProcessingRole('processor')
  class Invoice {
    @key() @NotPersonal({ reason: 'key' }) id!: string;
    @tenant() @WorkspaceKey() @NotPersonal({ reason: 'tenant' }) workspaceId!: string;
    @Column('uuid', { name: 'person_id', nullable: true }) @OwnedBy(() => Person) @NotPersonal({ reason: 'foreign key' }) personId!: string | null;
    @Column('text') @Held({ category: 'user.contact.address', subject }) billedTo!: string;
    @Column('text', { nullable: true }) @PersonalData({ ...about, category: 'user.device.ip_address', subject, erasure: 'null' }) ip!: string | null;
  }

  @Entity('erasure_test_receipts') @ProcessingRole('processor')
  class Receipt {
    @key() @NotPersonal({ reason: 'key' }) id!: string;
    @tenant() @WorkspaceKey() @NotPersonal({ reason: 'tenant' }) workspaceId!: string;
    @Column('uuid', { name: 'person_id' }) @OwnedBy(() => Person) @NotPersonal({ reason: 'foreign key (records outlive the person)' }) personId!: string;
    @Column('int') @Held({ category: 'user.financial', subject }) total!: number;
  }
  return { Person, Order, OrderLine, Message, Memo, MemoLink, Invoice, Receipt };
}

/**
 * The classes `defineErasureEntities()` returns.
 *
 * @example
 * let entities: ErasureEntities;
 */
export type ErasureEntities = ReturnType<typeof defineErasureEntities>;

/**
 * Clears the global metadata storage, registers the test taxonomy, declares the erasure entities and seals.
 *
 * @example
 * const entities = setUpErasureFixture();
 */
export function setUpErasureFixture(): ErasureEntities {
  const storage = getMetadataStorage();
  storage.clear();
  registerLawfulTestTaxonomy(storage.registry);
  const entities = defineErasureEntities();
  storage.seal();
  return entities;
}

/**
 * An empty in-memory PGlite database — or, with `DATABASE_URL`, a new PostgreSQL database on that server, dropped
 * by `destroy()` — with the tables of `entities` (`synchronize`). Destroy it in `afterAll`.
 *
 * @example
 * const dataSource = await openErasureDataSource(Object.values(setUpErasureFixture()));
 */
export async function openErasureDataSource(entities: readonly (new () => unknown)[]): Promise<DataSource> {
  const server = process.env.DATABASE_URL;
  const postgres = server === undefined || server === '' ? undefined : await createPrivatePostgresDatabase(server);
  const connection = postgres === undefined ? { driver: new PGliteDriver().driver } : { url: postgres.url };
  const dataSource = new DataSource({ type: 'postgres', ...connection, entities: [...entities], synchronize: true });
  await dataSource.initialize();
  if (postgres !== undefined) {
    const destroy = dataSource.destroy.bind(dataSource);
    Object.assign(dataSource, { destroy: () => destroy().then(postgres.drop) });
  }
  return dataSource;
}
