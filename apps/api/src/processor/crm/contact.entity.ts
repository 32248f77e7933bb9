import { DataSubject, NotPersonal, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { Company } from './company.entity';

/** A person stored in a workspace's CRM (policy §2.1 CRM data, processor role §5.4.3). */
@Entity('contacts')
@Index(['workspaceId', 'email'])
@Index(['workspaceId', 'ownerUserId'])
@Index(['workspaceId', 'lifecycleStage'])
@DataSubject('crm_contact')
@ProcessingRole('processor')
export class Contact extends WorkspaceScopedEntity {
  @Column('text')
  @PersonalData({ category: 'user.name.first', purposes: ['service.crm', 'support', 'service.communications.campaigns'], source: 'provided', retention: 'workspace_data', erasure: 'delete' })
  firstName!: string;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.name.last', purposes: ['service.crm', 'support', 'service.communications.campaigns'], source: 'provided', retention: 'workspace_data', erasure: 'delete' })
  lastName!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.contact.email', purposes: ['service.crm', 'service.communications', 'service.communications.campaigns', 'support', 'enrichment'], source: 'provided', retention: 'workspace_data', erasure: 'delete', description: 'also matches synchronized emails to the contact' })
  email!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.contact.phone_number', purposes: ['service.crm'], source: 'provided', retention: 'workspace_data', erasure: 'delete' })
  phone!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.job_title', purposes: ['service.crm', 'ai.lead_scoring'], source: 'provided', retention: 'workspace_data', erasure: 'delete', description: 'fit criterion of the lead score' })
  jobTitle!: string | null;

  @Column('uuid', { nullable: true })
  @NotPersonal({ reason: 'foreign key' })
  companyId!: string | null;

  @ManyToOne(() => Company, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'company_id' })
  company?: Company | null;

  @Column('uuid', { nullable: true })
  @NotPersonal({ reason: 'foreign key' })
  ownerUserId!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.contact.address.street', purposes: ['service.crm'], source: 'provided', retention: 'workspace_data', erasure: 'delete' })
  addressStreet!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.contact.address.city', purposes: ['service.crm'], source: 'provided', retention: 'workspace_data', erasure: 'delete' })
  addressCity!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.contact.address.state', purposes: ['service.crm'], source: 'provided', retention: 'workspace_data', erasure: 'delete' })
  addressRegion!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.contact.address.postal_code', purposes: ['service.crm'], source: 'provided', retention: 'workspace_data', erasure: 'delete' })
  addressPostalCode!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.contact.address.country', purposes: ['service.crm'], source: 'provided', retention: 'workspace_data', erasure: 'delete' })
  addressCountry!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.contact.url', purposes: ['service.crm'], source: 'provided', retention: 'workspace_data', erasure: 'delete' })
  websiteUrl!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.social', purposes: ['service.crm'], source: 'provided', retention: 'workspace_data', erasure: 'delete', description: 'LinkedIn profile URL' })
  linkedinUrl!: string | null;

  @Column('text', { default: 'lead' })
  @PersonalData({
    category: 'user.commercial',
    purposes: ['service.crm', 'ai.lead_scoring', 'ai.assistant'],
    source: 'provided',
    retention: 'workspace_data',
    recipients: ['anthropic', 'groq'],
    erasure: 'delete',
    description: 'subscriber | lead | qualified | opportunity | customer | churned | disqualified; sent as CRM context to the LLM',
  })
  lifecycleStage!: string;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.commercial', purposes: ['service.crm', 'ai.lead_scoring'], source: 'provided', retention: 'workspace_data', erasure: 'delete', description: 'how the contact was acquired (form, import, live chat, ...)' })
  source!: string | null;

  @Column('timestamptz', { nullable: true })
  @PersonalData({ category: 'user.commercial', purposes: ['service.crm', 'ai.lead_scoring'], source: 'derived', retention: 'workspace_data', erasure: 'delete', description: 'latest email or chat exchange; engagement signal' })
  lastContactedAt!: Date | null;

  @Column('boolean', { default: false })
  @PersonalData({ category: 'user.privacy_preferences', purposes: ['service.crm', 'service.communications'], source: 'provided', retention: 'workspace_data', erasure: 'delete' })
  doNotContact!: boolean;
}
