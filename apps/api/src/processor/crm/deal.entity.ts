import { NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { Company } from './company.entity';
import { Contact } from './contact.entity';

/** A sales opportunity with a contact (policy §2.1 CRM data: deals). */
@Entity('deals')
@Index(['workspaceId', 'stage'])
@Index(['workspaceId', 'ownerUserId'])
@Index(['contactId'])
@ProcessingRole('processor')
export class Deal extends WorkspaceScopedEntity {
  @Column('text')
  @PersonalData({
    category: 'user.commercial.deal',
    subject: 'crm_contact',
    purposes: ['service.crm', 'ai.assistant'],
    source: 'provided',
    retention: 'workspace_data',
    recipients: ['anthropic', 'groq'],
    erasure: 'delete',
    description: 'sent as CRM context to the LLM',
  })
  title!: string;

  @Column('numeric', { precision: 14, scale: 2, nullable: true })
  @PersonalData({
    category: 'user.commercial.deal',
    subject: 'crm_contact',
    purposes: ['service.crm', 'ai.lead_scoring', 'ai.assistant'],
    source: 'provided',
    retention: 'workspace_data',
    recipients: ['anthropic', 'groq'],
    erasure: 'delete',
    description: 'decimal string (PostgreSQL numeric)',
  })
  value!: string | null;

  @Column('text', { nullable: true })
  @NotPersonal({ reason: 'ISO 4217 currency code of value' })
  currency!: string | null;

  @Column('text', { default: 'new' })
  @PersonalData({
    category: 'user.commercial.deal',
    subject: 'crm_contact',
    purposes: ['service.crm', 'ai.lead_scoring', 'ai.assistant'],
    source: 'provided',
    retention: 'workspace_data',
    recipients: ['anthropic', 'groq'],
    erasure: 'delete',
    description: 'pipeline stage',
  })
  stage!: string;

  @Column('uuid', { nullable: true })
  @OwnedBy(() => Contact)
  @NotPersonal({ reason: 'foreign key' })
  contactId!: string | null;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact | null;

  @Column('uuid', { nullable: true })
  @NotPersonal({ reason: 'foreign key' })
  companyId!: string | null;

  @ManyToOne(() => Company, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'company_id' })
  company?: Company | null;

  @Column('uuid', { nullable: true })
  @NotPersonal({ reason: 'foreign key' })
  ownerUserId!: string | null;

  @Column('date', { nullable: true })
  @PersonalData({ category: 'user.commercial.deal', subject: 'crm_contact', purposes: ['service.crm'], source: 'provided', retention: 'workspace_data', erasure: 'delete', description: 'YYYY-MM-DD' })
  expectedCloseDate!: string | null;

  @Column('timestamptz', { nullable: true })
  @PersonalData({ category: 'user.commercial.deal', subject: 'crm_contact', purposes: ['service.crm', 'ai.lead_scoring'], source: 'provided', retention: 'workspace_data', erasure: 'delete' })
  closedAt!: Date | null;

  @Column('text', { default: 'open' })
  @PersonalData({ category: 'user.commercial.deal', subject: 'crm_contact', purposes: ['service.crm', 'ai.lead_scoring'], source: 'provided', retention: 'workspace_data', erasure: 'delete', description: 'open | won | lost' })
  outcome!: string;
}
