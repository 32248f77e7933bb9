import { DataSubject, NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { Contact } from '../crm/contact.entity';

/** A contact's lead score from the workspace-only model, with its explanation (policy §5.4.1, §5.4.2(a)). */
@Entity('lead_scores')
@Index(['contactId', 'scoredAt'])
@DataSubject('crm_contact')
@ProcessingRole('processor')
export class LeadScore extends WorkspaceScopedEntity {
  @Column('uuid')
  @OwnedBy(() => Contact)
  @NotPersonal({ reason: 'foreign key' })
  contactId!: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;

  @Column('numeric', { precision: 5, scale: 4, transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  @PersonalData({ category: 'user.inferred.score', purposes: ['ai.lead_scoring'], source: 'derived', retention: 'workspace_data', erasure: 'delete', description: 'probability-like score in [0, 1]' })
  score!: number;

  @Column('text')
  @NotPersonal({ reason: 'model version identifier' })
  modelVersion!: string;

  @Column('jsonb')
  @PersonalData({ category: 'user.inferred.score', purposes: ['ai.lead_scoring'], source: 'derived', retention: 'workspace_data', erasure: 'delete', description: 'per-feature contributions, for human review and Art. 22 explanations' })
  explanation!: Record<string, number>;

  @Column('timestamptz')
  @NotPersonal({ reason: 'scoring timestamp' })
  scoredAt!: Date;
}
