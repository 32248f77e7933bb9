import { NotPersonal, ProcessingRole } from '@lawful/annotations';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DecisionChildEntity } from './decision-child.entity';
import { DecisionData } from './decision-data.preset';
import { DecisionReview } from './decision-review.entity';

/**
 * The effect of a decision: in force (`applied`) only with the decision's latest approving review (enforced by the
 * database), `suspended` while contested, `revoked` after a rejection; `before` is what suspension restores.
 *
 * @example
 * const effect = await manager.findOneBy(DecisionEffect, { decisionId });
 */
@Check('decision_effects_status_check', `"status" IN ('applied', 'suspended', 'revoked')`)
@Entity('decision_effects')
@Index(['decisionId'], { unique: true })
@ProcessingRole('processor')
export class DecisionEffect extends DecisionChildEntity {
  @Column('uuid', { name: 'review_id' })
  @NotPersonal({ reason: 'foreign key to the approving review' })
  reviewId!: string;

  @ManyToOne(() => DecisionReview, { onDelete: 'CASCADE' }) // reviews are append-only; they go only with the decision (erasure)
  @JoinColumn({ name: 'review_id' })
  review?: DecisionReview;

  @Column('text')
  @NotPersonal({ reason: 'effect key' })
  effect!: string;

  @Column('jsonb')
  @DecisionData({ category: 'user.inferred', description: 'the parameters applied' })
  params!: Record<string, unknown>;

  @Column('text')
  @NotPersonal({ reason: 'applied | suspended | revoked' })
  status!: 'applied' | 'suspended' | 'revoked';

  @Column('jsonb', { nullable: true })
  @DecisionData({ category: 'user.commercial', description: 'the values the effect replaced, restored on suspension' })
  before!: unknown;

  @Column('uuid', { name: 'applied_by_user_id' })
  @NotPersonal({ reason: 'workspace member who applied the effect' })
  appliedByUserId!: string;

  @Column('timestamptz', { name: 'applied_at' })
  @NotPersonal({ reason: 'timestamp' })
  appliedAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  @NotPersonal({ reason: 'timestamp' })
  updatedAt!: Date;
}
