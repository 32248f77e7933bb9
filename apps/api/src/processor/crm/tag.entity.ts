import { NotPersonal, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';

/** A workspace-defined label for contacts; the label itself describes no one (see ContactTag). */
@Entity('tags')
@Index(['workspaceId', 'name'], { unique: true })
@ProcessingRole('processor')
export class Tag extends WorkspaceScopedEntity {
  @Column('text')
  @NotPersonal({ reason: 'workspace-defined label' })
  name!: string;

  @Column('text', { nullable: true })
  @NotPersonal({ reason: 'display setting' })
  color!: string | null;
}
