import { NotPersonal, OwnedBy, ProcessingRole, WorkspaceKey } from '@lawful/annotations';
import type { DecisionEventType } from '@lawful/decisions';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AutomatedDecision } from './automated-decision.entity';
import { DecisionData } from './decision-data.preset';

/**
 * One step of a decision's timeline (append-only): proposed, reviewed, applied, the subject's point of view,
 * contested, suspended, revoked — who acted and, for the subject's steps, their statement.
 *
 * @example
 * const timeline = await manager.find(DecisionEvent, { where: { decisionId }, order: { at: 'ASC' } });
 */
@Entity('decision_events')
@Index(['decisionId', 'at'])
@ProcessingRole('processor')
export class DecisionEvent {
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

  @Column('text')
  @NotPersonal({ reason: 'timeline step' })
  type!: DecisionEventType;

  @Column('uuid', { name: 'actor_user_id', nullable: true })
  @NotPersonal({ reason: 'workspace member who acted or relayed the subject\'s statement' })
  actorUserId!: string | null;

  @Column('text', { nullable: true })
  @DecisionData({ category: 'user.content', source: 'provided', purposes: ['compliance.subject_rights'], description: 'the subject\'s point of view or grounds for contesting, as received' })
  statement!: string | null;

  @Column('jsonb', { nullable: true })
  @NotPersonal({ reason: 'step details (outcome, round)' })
  detail!: Record<string, unknown> | null;

  @Column('timestamptz', { default: () => 'clock_timestamp()' })
  @NotPersonal({ reason: 'timestamp' })
  at!: Date;
}
