import { DataSubject, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { ContactStateEntity } from './contact-state.entity';
import type { RestrictionReason } from './restriction-reason';

/**
 * A restriction of processing (GDPR Art. 18) of a CRM contact: while `liftedAt` is null the contact's data is
 * only stored and processed for purposes registered `allowedWhenRestricted` (at most one active per contact).
 *
 * @example
 * await repo.insert({ workspaceId, contactId, reason: 'accuracy_contested', liftedAt: null });
 */
@Entity('contact_processing_restrictions')
@Index(['contactId'], { unique: true, where: '"lifted_at" IS NULL' })
@Index(['contactId'])
@DataSubject('crm_contact')
@ProcessingRole('processor')
export class ContactProcessingRestriction extends ContactStateEntity {
  @Column('text')
  @PersonalData({ category: 'user.privacy_preferences', purposes: ['compliance.subject_rights'], source: 'provided', retention: 'workspace_data', erasure: 'delete', description: 'Art. 18(1) ground: accuracy_contested | unlawful_processing | legal_claims | objection_pending' })
  reason!: RestrictionReason;

  @Column('timestamptz', { nullable: true })
  @PersonalData({ category: 'user.privacy_preferences', purposes: ['compliance.subject_rights'], source: 'provided', retention: 'workspace_data', erasure: 'delete', description: 'when the restriction was lifted; null while it is in force' })
  liftedAt!: Date | null;
}
