import { DataSubject, NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { User } from '../accounts/user.entity';
import type { WorkspaceRole } from './workspace-role';

/** A user's membership of a workspace (policy §2.1 workspace data: member roles and permissions). */
@Entity('memberships')
@Index(['workspaceId', 'userId'], { unique: true })
@DataSubject('workspace_member')
@ProcessingRole('controller')
export class Membership extends WorkspaceScopedEntity {
  @Index()
  @Column('uuid')
  @OwnedBy(() => User)
  @NotPersonal({ reason: 'foreign key' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('text', { default: 'member' })
  @PersonalData({ category: 'user.account.role', purposes: ['service.workspace'], source: 'provided', retention: 'workspace_data', erasure: 'delete', description: 'owner | admin | member | viewer' })
  role!: WorkspaceRole;

  @Column('jsonb', { default: {} })
  @PersonalData({ category: 'user.account.role', purposes: ['service.workspace'], source: 'provided', retention: 'workspace_data', erasure: 'delete', description: 'per-member permission overrides set by an admin' })
  permissions!: Record<string, boolean>;
}
