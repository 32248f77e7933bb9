import { LinksTo, NotPersonal, OwnedBy, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { Contact } from './contact.entity';
import { Note } from './note.entity';

/** Links a note to one of the contacts it is about; the note is shared by all its linked contacts (`@LinksTo`). */
@Entity('note_contacts')
@Index(['noteId', 'contactId'], { unique: true })
@Index(['contactId'])
@ProcessingRole('processor')
export class NoteContact extends WorkspaceScopedEntity {
  @Column('uuid')
  @LinksTo(() => Note) // the note is about the contacts linked to it: exported with them, erased with the last one
  @NotPersonal({ reason: 'foreign key' })
  noteId!: string;

  @ManyToOne(() => Note, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'note_id' })
  note?: Note;

  @Column('uuid')
  @OwnedBy(() => Contact, { shared: true })
  @NotPersonal({ reason: 'foreign key' })
  contactId!: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;
}
