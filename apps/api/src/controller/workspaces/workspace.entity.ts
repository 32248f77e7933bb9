import { NotPersonal, OwnedBy, PersonalData, ProcessingRole, WorkspaceKey } from '@lawful/annotations';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../accounts/user.entity';

/**
 * A workspace (tenant) (policy §2.1 workspace data: workspace name, URL, settings). Its own id is its workspace
 * key, so every member of a workspace can read its row (rows are scoped by `id = workspaceId`).
 *
 * @example
 * const workspace = await new LawfulQuery(dataSource.getRepository(Workspace)).findOne(ctx, ctx.workspaceId);
 */
@Entity('workspaces')
@ProcessingRole('controller')
export class Workspace extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  @WorkspaceKey()
  @NotPersonal({ reason: 'surrogate key; the workspace key of its own row' })
  override id!: string;

  @Column('text')
  @PersonalData({
    category: 'user.account',
    subject: 'account_holder',
    purposes: ['service.workspace'],
    source: 'provided',
    retention: 'workspace_data',
    erasure: { strategy: 'redact', replacement: 'Closed workspace' },
    description: 'may name a person or a sole trader',
  })
  name!: string;

  @Index({ unique: true })
  @Column('text')
  @PersonalData({ category: 'user.account', subject: 'account_holder', purposes: ['service.workspace'], source: 'provided', retention: 'workspace_data', erasure: 'hash', description: 'workspace URL slug' })
  slug!: string;

  @Column('jsonb', { default: {} })
  @NotPersonal({ reason: 'workspace setting' })
  settings!: Record<string, unknown>;

  @Index()
  @Column('uuid')
  @OwnedBy(() => User)
  @NotPersonal({ reason: 'foreign key' })
  ownerId!: string;

  @Column('timestamptz', { nullable: true })
  @NotPersonal({ reason: 'workspace lifecycle timestamp (drives retention)' })
  closedAt!: Date | null;
}
