import { NotPersonal, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';

/** A workspace project grouping tasks (policy §2.1 Project management data: projects). */
@Entity('projects')
@Index(['workspaceId', 'status'])
@ProcessingRole('processor')
export class Project extends WorkspaceScopedEntity {
  @Column('text')
  @NotPersonal({ reason: 'workspace project label' })
  name!: string;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.content.task', subject: 'workspace_member', purposes: ['service.projects'], source: 'provided', retention: 'workspace_data', erasure: 'null', description: 'free text written by workspace members' })
  description!: string | null;

  @Column('uuid', { nullable: true })
  @NotPersonal({ reason: 'foreign key' })
  ownerUserId!: string | null;

  @Column('text', { default: 'active' })
  @NotPersonal({ reason: 'workflow state (active | on_hold | completed | archived)' })
  status!: string;
}
