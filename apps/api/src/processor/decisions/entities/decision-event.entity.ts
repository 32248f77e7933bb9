import { NotPersonal, ProcessingRole } from '@lawful/annotations';
import type { DecisionEventType } from '@lawful/decisions';
import { Column, Entity, Index } from 'typeorm';
import { DecisionChildEntity } from './decision-child.entity';
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
export class DecisionEvent extends DecisionChildEntity {
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
