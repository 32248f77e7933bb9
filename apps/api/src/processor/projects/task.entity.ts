import { NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { Contact } from '../crm/contact.entity';
import { Project } from './project.entity';

/** A task of a project, assigned to a member and optionally about a contact (policy §2.1 Project management data). */
@Entity('tasks')
@Index(['workspaceId', 'assigneeUserId', 'status'])
@Index(['contactId'])
@ProcessingRole('processor')
export class Task extends WorkspaceScopedEntity {
  @Column('uuid')
  @NotPersonal({ reason: 'foreign key' })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Column('text')
  @PersonalData({ category: 'user.content.task', subject: 'crm_contact', purposes: ['service.projects'], source: 'provided', retention: 'workspace_data', erasure: 'redact', description: 'may name the linked contact; the task itself stays in the project' })
  title!: string;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.content.task', subject: 'crm_contact', purposes: ['service.projects'], source: 'provided', retention: 'workspace_data', erasure: 'null' })
  description!: string | null;

  @Column('uuid', { nullable: true })
  @NotPersonal({ reason: 'foreign key' })
  assigneeUserId!: string | null;

  @Column('uuid', { nullable: true })
  @OwnedBy(() => Contact, { shared: true }) // the task belongs to the project too: erasing the contact unlinks and redacts it, its comments and time logs stay
  @NotPersonal({ reason: 'foreign key' })
  contactId!: string | null;

  @ManyToOne(() => Contact, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact | null;

  @Column('timestamptz', { nullable: true })
  @NotPersonal({ reason: 'task schedule' })
  dueAt!: Date | null;

  @Column('text', { default: 'todo' })
  @NotPersonal({ reason: 'workflow state (todo | in_progress | done)' })
  status!: string;

  @Column('timestamptz', { nullable: true })
  @NotPersonal({ reason: 'task workflow timestamp' })
  completedAt!: Date | null;
}
