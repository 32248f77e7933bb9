import { NotPersonal, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';

/** A workspace-defined custom CRM field; its values live in CustomFieldValue. */
@Entity('custom_field_definitions')
@Index(['workspaceId', 'name'], { unique: true })
@ProcessingRole('processor')
export class CustomFieldDefinition extends WorkspaceScopedEntity {
  @Column('text')
  @NotPersonal({ reason: 'workspace schema setting' })
  name!: string;

  @Column('text', { default: 'text' })
  @NotPersonal({ reason: 'workspace schema setting (text | number | date | select)' })
  type!: string;
}
