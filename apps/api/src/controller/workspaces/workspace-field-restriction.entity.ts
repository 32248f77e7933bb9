import { NotPersonal, OwnedBy, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { User } from '../accounts/user.entity';
import type { HiddenFields } from './hidden-fields.validator';

/**
 * One version of a workspace's field restrictions (policy §5.3: "administrators can control what data is
 * visible to individual members"). Append-only: every change stores the next `version`; the highest is current.
 *
 * @example
 * await repo.insert({ workspaceId, version: 2, hidden: { member: { Contact: ['phone'] } }, createdByUserId: userId });
 */
@Entity('workspace_field_restrictions')
@Index(['workspaceId', 'version'], { unique: true })
@ProcessingRole('controller')
export class WorkspaceFieldRestriction extends WorkspaceScopedEntity {
  @Column('int')
  @NotPersonal({ reason: 'version number of the workspace setting' })
  version!: number;

  @Column('jsonb', { default: {} })
  @NotPersonal({ reason: 'workspace setting: roles, entity and property names' })
  hidden!: HiddenFields;

  @Column('uuid', { nullable: true })
  @OwnedBy(() => User, { shared: true }) // a workspace setting: kept when its author's account is erased, the link removed
  @NotPersonal({ reason: 'foreign key (the owner or admin who made the change; NULL once that account is erased)' })
  createdByUserId!: string | null;
}
