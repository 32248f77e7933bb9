import { DataSubject, NotPersonal, OwnedBy, PersonalData, ProcessingRole, WorkspaceKey } from '@lawful/annotations';
import { Column, Entity, PrimaryColumn } from 'typeorm';

const common = { source: 'provided', retention: 'standard' } as const;

/**
 * Declares the annotated TypeORM test entities (call after clearing the metadata storage): `Person`
 * (workspace CRM contact), `Deal` (workspace row owned by a person), `Account` (the account holder, no
 * workspace key) and `Session` (owned by an account). Custom column names exercise the property → column map.
 *
 * @example
 * const { Person, Deal, Account, Session } = defineTestEntities();
 */
export function defineTestEntities() {
  @Entity('policy_test_people')
  @DataSubject('crm_contact')
  @ProcessingRole('processor')
  class Person {
    @PrimaryColumn('uuid') @NotPersonal({ reason: 'key' }) id!: string;
    @Column('uuid', { name: 'workspace_id' }) @WorkspaceKey() @NotPersonal({ reason: 'tenant' }) workspaceId!: string;
    @Column('text', { name: 'full_name' }) @PersonalData({ ...common, category: 'user.name', purposes: ['service.crm'] }) name!: string;
    @Column('text', { nullable: true }) @PersonalData({ ...common, category: 'user.contact.email', purposes: ['service.crm', 'marketing'] }) email!: string | null;
    @Column('text', { nullable: true }) @PersonalData({ ...common, category: 'user.contact.phone_number', purposes: ['service.crm'] }) phone!: string | null;
    @Column('int', { default: 0 }) @PersonalData({ ...common, category: 'user.demographic.profile', purposes: ['ai.lead_scoring'] }) score!: number;
    @Column('text', { default: 'lead' }) @NotPersonal({ reason: 'pipeline stage' }) stage!: string;
  }

  @Entity('policy_test_deals')
  @ProcessingRole('processor')
  class Deal {
    @PrimaryColumn('uuid') @NotPersonal({ reason: 'key' }) id!: string;
    @Column('uuid', { name: 'workspace_id' }) @WorkspaceKey() @NotPersonal({ reason: 'tenant' }) workspaceId!: string;
    @Column('uuid', { name: 'person_id', nullable: true }) @OwnedBy(() => Person) @NotPersonal({ reason: 'foreign key' }) personId!: string | null;
    @Column('text') @NotPersonal({ reason: 'deal title' }) title!: string;
    @Column('int') @NotPersonal({ reason: 'amount' }) amount!: number;
    @Column('text', { nullable: true }) @PersonalData({ ...common, category: 'user.content', subject: 'crm_contact', purposes: ['service.crm'] }) notes!: string | null;
  }

  @Entity('policy_test_accounts')
  @DataSubject('account_holder')
  @ProcessingRole('controller')
  class Account {
    @PrimaryColumn('uuid') @NotPersonal({ reason: 'key' }) id!: string;
    @Column('text') @PersonalData({ ...common, category: 'user.contact.email', purposes: ['service.account'] }) email!: string;
    @Column('text', { name: 'display_name' }) @PersonalData({ ...common, category: 'user.name', purposes: ['service.account', 'service.crm'] }) displayName!: string;
  }

  @Entity('policy_test_sessions')
  @DataSubject('account_holder')
  @ProcessingRole('controller')
  class Session {
    @PrimaryColumn('uuid') @NotPersonal({ reason: 'key' }) id!: string;
    @Column('uuid', { name: 'account_id' }) @OwnedBy(() => Account) @NotPersonal({ reason: 'foreign key' }) accountId!: string;
    @Column('text', { nullable: true }) @PersonalData({ ...common, category: 'user.device.ip_address', purposes: ['service.account'] }) ip!: string | null;
  }

  return { Person, Deal, Account, Session };
}

/**
 * The classes `defineTestEntities()` returns.
 *
 * @example
 * let entities: TestEntities;
 */
export type TestEntities = ReturnType<typeof defineTestEntities>;
