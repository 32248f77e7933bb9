import { NotPersonal, WorkspaceKey } from '@lawful/annotations';
import { Column, Index } from 'typeorm';
import { BaseEntity } from './base.entity';

/** Base of every row that belongs to one workspace (tenant); isolation is on `workspaceId`. */
export abstract class WorkspaceScopedEntity extends BaseEntity {
  @Index()
  @Column('uuid')
  @WorkspaceKey()
  @NotPersonal({ reason: 'tenant key' })
  workspaceId!: string;
}
