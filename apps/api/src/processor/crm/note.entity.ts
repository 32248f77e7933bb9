import { NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { User } from '../../controller/accounts/user.entity';

/** A CRM note, linked to one or more contacts through NoteContact (policy §2.1 CRM data: notes). */
@Entity('notes')
@Index(['workspaceId', 'authorUserId'])
@ProcessingRole('processor')
export class Note extends WorkspaceScopedEntity {
  @Column('text')
  @PersonalData({ category: 'user.content.note', subject: 'crm_contact', purposes: ['service.crm'], source: 'provided', retention: 'workspace_data', erasure: 'redact', description: 'free text about the linked contacts' })
  body!: string;

  @Column('uuid')
  @OwnedBy(() => User, { shared: true })
  @NotPersonal({ reason: 'foreign key' })
  authorUserId!: string;
}
