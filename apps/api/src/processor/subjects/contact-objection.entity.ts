import { DataSubject, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { ContactStateEntity } from './contact-state.entity';

/**
 * A CRM contact's objection (GDPR Art. 21) to a legitimate-interest purpose and its descendants; in force
 * while `withdrawnAt` is null (at most one active objection per contact and purpose).
 *
 * @example
 * await repo.insert({ workspaceId, contactId, purpose: 'ai.lead_scoring', withdrawnAt: null });
 */
@Entity('contact_objections')
@Index(['contactId', 'purpose'], { unique: true, where: '"withdrawn_at" IS NULL' })
@Index(['workspaceId', 'purpose'])
@Index(['contactId'])
@DataSubject('crm_contact')
@ProcessingRole('processor')
export class ContactObjection extends ContactStateEntity {
  @Column('text')
  @PersonalData({ category: 'user.privacy_preferences', purposes: ['compliance.subject_rights'], source: 'provided', retention: 'workspace_data', erasure: 'delete', description: 'purpose key objected to (legitimate interests)' })
  purpose!: string;

  @Column('timestamptz', { nullable: true })
  @PersonalData({ category: 'user.privacy_preferences', purposes: ['compliance.subject_rights'], source: 'provided', retention: 'workspace_data', erasure: 'delete', description: 'when the contact withdrew the objection; null while it is in force' })
  withdrawnAt!: Date | null;
}
