import { DataSubject, NotPersonal, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { ContactStateEntity } from './contact-state.entity';

/**
 * Append-only ledger of a CRM contact's consent, granted or withdrawn, per purpose (GDPR Art. 7(1) proof of
 * consent, kept for the workspace as controller). The latest row per (contact, purpose) is in force.
 *
 * @example
 * await repo.insert({ workspaceId, contactId, purpose: 'service.communications.campaigns', granted: true, method: 'web_form', recordedAt: new Date(), recordedByUserId });
 */
@Entity('contact_consents')
@Index(['contactId'])
@Index(['workspaceId', 'purpose', 'contactId', 'recordedAt'])
@DataSubject('crm_contact')
@ProcessingRole('processor')
export class ContactConsent extends ContactStateEntity {
  @Column('text')
  @PersonalData({ category: 'user.privacy_preferences', purposes: ['compliance.subject_rights'], source: 'provided', retention: 'workspace_data', erasure: 'delete', description: 'purpose key consented to, e.g. service.communications.campaigns' })
  purpose!: string;

  @Column('boolean')
  @PersonalData({ category: 'user.privacy_preferences', purposes: ['compliance.subject_rights'], source: 'provided', retention: 'workspace_data', erasure: 'delete', description: 'true = granted, false = refused or withdrawn' })
  granted!: boolean;

  @Column('text')
  @NotPersonal({ reason: 'capture mechanism: web_form | email | verbal | paper | import | api' })
  method!: string;

  @Column('timestamptz', { default: () => 'clock_timestamp()' })
  @NotPersonal({ reason: 'event timestamp (the latest row wins)' })
  recordedAt!: Date;

  @Column('uuid')
  @NotPersonal({ reason: 'foreign key (the workspace member who recorded it)' })
  recordedByUserId!: string;
}
