import { DataSubject, NotPersonal, OwnedBy, ProcessingRole } from '@lawful/annotations';
import type { DecisionExplanation, DecisionStatus } from '@lawful/decisions';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../../common/workspace-scoped.entity';
import { Contact } from '../../crm/contact.entity';
import { DecisionData } from './decision-data.preset';

/**
 * A significant effect proposed by an automated process (lead scoring, intent routing) about one CRM contact, waiting
 * for or past human review (GDPR Art. 22, policy §5.4.2). Written and changed only through `ReviewGate`; the
 * database refuses effects without an approving review (`reviewGateSchemaSql`). Deleted with the contact.
 *
 * @example
 * const decision = await gate.get(workspaceId, decisionId);
 */
@Check('automated_decisions_status_check', `"status" IN ('proposed', 'approved', 'applied', 'contested', 'rejected')`)
@Entity('automated_decisions')
@Index(['workspaceId', 'status', 'createdAt'])
@Index(['subjectId'])
@Index(['workspaceId', 'effect', 'targetId'])
@DataSubject('crm_contact')
@ProcessingRole('processor')
export class AutomatedDecision extends WorkspaceScopedEntity {
  @Column('text')
  @NotPersonal({ reason: 'purpose key of the automated processing' })
  purpose!: string;

  @Column('text')
  @NotPersonal({ reason: 'effect key (@SignificantEffect)' })
  effect!: string;

  @Column('uuid', { name: 'subject_id' })
  @OwnedBy(() => Contact)
  @NotPersonal({ reason: 'foreign key' })
  subjectId!: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subject_id' })
  subject?: Contact;

  @Column('uuid', { name: 'target_id' })
  @NotPersonal({ reason: 'id of the row the effect changes (the contact, one of its deals or threads)' })
  targetId!: string;

  @Column('jsonb')
  @DecisionData({ category: 'user.inferred', description: 'the proposed effect\'s parameters (e.g. the new owner or stage)' })
  params!: Record<string, unknown>;

  @Column('float8', { nullable: true })
  @DecisionData({ category: 'user.inferred.score', description: 'model output behind the proposal' })
  score!: number | null;

  @Column('jsonb')
  @DecisionData({ category: 'user.inferred.score', description: 'per-factor contributions: the explanation shown to reviewers and subjects' })
  explanation!: DecisionExplanation;

  @Column('jsonb')
  @DecisionData({ category: 'user.inferred', description: 'the input values the model used, in front of the reviewer' })
  inputs!: Record<string, unknown>;

  @Column('text', { name: 'model_version' })
  @NotPersonal({ reason: 'model version identifier' })
  modelVersion!: string;

  @Column('uuid', { name: 'triggered_by_user_id' })
  @NotPersonal({ reason: 'workspace member who triggered the run (cannot review it)' })
  triggeredByUserId!: string;

  @Column('uuid', { name: 'run_id', nullable: true })
  @NotPersonal({ reason: 'scoring or classification run identifier' })
  runId!: string | null;

  @Column('text', { default: 'proposed' })
  @NotPersonal({ reason: 'review status' })
  status!: DecisionStatus;
}
