import { NotPersonal, OwnedBy, WorkspaceKey } from '@lawful/annotations';
import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AutomatedDecision } from './automated-decision.entity';

/**
 * Base of the rows that belong to one automated decision (reviews, effect, timeline events): surrogate key, the
 * workspace, and the decision they are about — owned by it, deleted with it.
 *
 * @example
 * @Entity('decision_reviews') class DecisionReview extends DecisionChildEntity { ... }
 */
export abstract class DecisionChildEntity {
  @PrimaryGeneratedColumn('uuid')
  @NotPersonal({ reason: 'surrogate key' })
  id!: string;

  @Column('uuid', { name: 'workspace_id' })
  @WorkspaceKey()
  @NotPersonal({ reason: 'tenant key' })
  workspaceId!: string;

  @Column('uuid', { name: 'decision_id' })
  @OwnedBy(() => AutomatedDecision)
  @NotPersonal({ reason: 'foreign key' })
  decisionId!: string;

  @ManyToOne(() => AutomatedDecision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decision_id' })
  decision?: AutomatedDecision;
}
