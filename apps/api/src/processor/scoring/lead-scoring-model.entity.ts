import { NotPersonal, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { Workspace } from '../../controller/workspaces/workspace.entity';

const AGGREGATE = 'aggregate model parameter over the workspace’s training contacts (no value of one contact)';

/**
 * One trained version of a workspace's lead-scoring model (policy §5.4.1: trained only on that workspace's data,
 * serving only it, deleted with it — `ON DELETE CASCADE` from `workspaces`). Versions are numbered per workspace
 * (`lr-1`, `lr-2`, …); the latest one explains the scores shown.
 *
 * @example
 * const latest = await repo.findOne({ where: { workspaceId }, order: { sequence: 'DESC' } });
 */
@Entity('lead_scoring_models')
@Index(['workspaceId', 'sequence'], { unique: true })
@ProcessingRole('processor')
export class LeadScoringModel extends WorkspaceScopedEntity {
  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Workspace;

  @Column('int')
  @NotPersonal({ reason: 'version number within the workspace' })
  sequence!: number;

  @Column('text')
  @NotPersonal({ reason: 'model version identifier (lr-<sequence>)' })
  version!: string;

  @Column('jsonb')
  @NotPersonal({ reason: 'feature keys of the coefficients, in order' })
  featureKeys!: string[];

  @Column('jsonb')
  @NotPersonal({ reason: AGGREGATE })
  means!: number[];

  @Column('jsonb')
  @NotPersonal({ reason: AGGREGATE })
  scales!: number[];

  @Column('jsonb')
  @NotPersonal({ reason: AGGREGATE })
  coefficients!: number[];

  @Column('float8')
  @NotPersonal({ reason: AGGREGATE })
  intercept!: number;

  @Column('int')
  @NotPersonal({ reason: 'number of labeled contacts trained on' })
  trainingRows!: number;

  @Column('int')
  @NotPersonal({ reason: 'number of positive (won) training contacts' })
  positives!: number;

  @Column('int')
  @NotPersonal({ reason: 'gradient-descent iterations run' })
  iterations!: number;

  @Column('timestamptz')
  @NotPersonal({ reason: 'training timestamp' })
  trainedAt!: Date;
}
