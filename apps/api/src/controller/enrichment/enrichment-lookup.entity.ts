import { DataSubject, NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { User } from '../accounts/user.entity';

/** An identifier a user submitted for enrichment and its cached result (policy §2.1 enrichment lookups, §5.5). */
@Entity('enrichment_lookups')
@DataSubject('account_holder')
@ProcessingRole('controller')
export class EnrichmentLookup extends WorkspaceScopedEntity {
  @Index()
  @Column('uuid')
  @OwnedBy(() => User)
  @NotPersonal({ reason: 'foreign key' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('text')
  @PersonalData({ category: 'user.content.enrichment_query', purposes: ['enrichment'], source: 'provided', retention: 'account', erasure: 'delete', description: 'email address or company name submitted; never shared with other customers' })
  identifier!: string;

  @Column('text')
  @NotPersonal({ reason: 'identifier kind: email | company_name' })
  identifierType!: string;

  @Column('jsonb', { nullable: true })
  @PersonalData({
    category: 'user.workplace',
    subject: 'crm_contact',
    purposes: ['enrichment'],
    source: 'derived',
    retention: 'account',
    erasure: 'null',
    description: 'cached publicly available business information about the looked-up person or company',
  })
  result!: Record<string, unknown> | null;

  @Column('timestamptz')
  @PersonalData({ category: 'user.behavior.search_history', purposes: ['enrichment'], source: 'observed', retention: 'account', erasure: 'delete', description: 'when the user looked it up (lookup activity, §5.5)' })
  lookedUpAt!: Date;
}
