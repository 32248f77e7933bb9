import { DataSubject, NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { Contact } from '../crm/contact.entity';

/**
 * Why a contact got its score from a `lr-*` model: `intercept + Σ contributions = logit`, `score = sigmoid(logit)`
 * (rounded to 4 decimals when stored); `inputs` are the feature values the contributions were computed from.
 *
 * @example
 * const why: LeadScoreExplanation = { intercept: -0.2, logit: 0.3, contributions: { open_deals: 0.5 }, inputs: { open_deals: 2 } };
 */
export interface LeadScoreExplanation {
  intercept: number;
  logit: number;
  contributions: Record<string, number>;
  inputs: Record<string, number>;
}

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
  @PersonalData({ category: 'user.inferred.score', purposes: ['ai.lead_scoring'], source: 'derived', retention: 'workspace_data', erasure: 'delete', description: 'intercept, logit, per-feature contributions and inputs, for human review and Art. 22 explanations' })
  explanation!: LeadScoreExplanation | Record<string, number>; // plain numbers: rows scored before the lr-* models

  @Column('timestamptz')
  @NotPersonal({ reason: 'scoring timestamp' })
  scoredAt!: Date;
}
