import { NotPersonal, ProcessingRole } from '@lawful/annotations';
import type { ReviewOutcome } from '@lawful/decisions';
import { Check, Column, CreateDateColumn, Entity, Unique } from 'typeorm';
import { DecisionChildEntity } from './decision-child.entity';
import { DecisionData } from './decision-data.preset';

/**
 * One human review of an automated decision (append-only): who, the outcome, the written rationale and, for a
 * modification, the changed parameters. Deleted only with its decision.
 *
 * @example
 * const reviews = await manager.find(DecisionReview, { where: { decisionId }, order: { round: 'ASC' } });
 */
@Check('decision_reviews_outcome_check', `"outcome" IN ('approved', 'rejected', 'modified')`)
@Entity('decision_reviews')
@Unique(['decisionId', 'round'])
@ProcessingRole('processor')
export class DecisionReview extends DecisionChildEntity {
  @Column('int')
  @NotPersonal({ reason: 'review round' })
  round!: number;

  @Column('uuid', { name: 'reviewer_user_id' })
  @NotPersonal({ reason: 'workspace member who reviewed' })
  reviewerUserId!: string;

  @Column('text')
  @NotPersonal({ reason: 'review outcome' })
  outcome!: ReviewOutcome;

  @Column('text')
  @DecisionData({ category: 'user.inferred', source: 'provided', description: 'the reviewer\'s written rationale about the subject\'s case' })
  rationale!: string;

  @Column('jsonb', { nullable: true })
  @DecisionData({ category: 'user.inferred', source: 'provided', description: 'parameters changed by a modifying review' })
  params!: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @NotPersonal({ reason: 'row timestamp' })
  createdAt!: Date;
}
