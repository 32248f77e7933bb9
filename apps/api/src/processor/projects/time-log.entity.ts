import { NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { User } from '../../controller/accounts/user.entity';
import { Task } from './task.entity';

/** Time a workspace member spent on a task (policy §2.1 Project management data: time logs). */
@Entity('time_logs')
@Index(['workspaceId', 'userId', 'loggedAt'])
@Index(['taskId'])
@ProcessingRole('processor')
export class TimeLog extends WorkspaceScopedEntity {
  @Column('uuid')
  @NotPersonal({ reason: 'foreign key' })
  taskId!: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: Task;

  @Column('uuid')
  @OwnedBy(() => User)
  @NotPersonal({ reason: 'foreign key' })
  userId!: string;

  @Column('integer')
  @PersonalData({ category: 'user.content.task', subject: 'workspace_member', purposes: ['service.projects'], source: 'provided', retention: 'workspace_data', erasure: 'delete', description: 'minutes the member worked' })
  minutes!: number;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.content.task', subject: 'workspace_member', purposes: ['service.projects'], source: 'provided', retention: 'workspace_data', erasure: 'delete' })
  note!: string | null;

  @Column('timestamptz')
  @PersonalData({ category: 'user.content.task', subject: 'workspace_member', purposes: ['service.projects'], source: 'provided', retention: 'workspace_data', erasure: 'delete', description: 'when the member did the work' })
  loggedAt!: Date;
}
