import { NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { User } from '../../controller/accounts/user.entity';
import { Task } from './task.entity';

/** A member's comment on a task (policy §2.1 Project management data: comments). */
@Entity('comments')
@Index(['taskId'])
@ProcessingRole('processor')
export class Comment extends WorkspaceScopedEntity {
  @Column('uuid')
  @NotPersonal({ reason: 'foreign key' })
  taskId!: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: Task;

  @Column('uuid')
  @OwnedBy(() => User, { shared: true })
  @NotPersonal({ reason: 'foreign key' })
  authorUserId!: string;

  @Column('text')
  @PersonalData({ category: 'user.content.note', subject: 'workspace_member', purposes: ['service.projects'], source: 'provided', retention: 'workspace_data', erasure: 'redact', description: 'the thread keeps the comment, its text is erased' })
  body!: string;
}
