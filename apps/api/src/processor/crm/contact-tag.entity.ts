import { NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { Contact } from './contact.entity';
import { Tag } from './tag.entity';

/** A tag applied to a contact (policy §2.1 CRM data: tags); the assignment says something about the person. */
@Entity('contact_tags')
@Index(['contactId', 'tagId'], { unique: true })
@Index(['workspaceId', 'tagId'])
@ProcessingRole('processor')
export class ContactTag extends WorkspaceScopedEntity {
  @Column('uuid')
  @OwnedBy(() => Contact)
  @NotPersonal({ reason: 'foreign key' })
  contactId!: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;

  @Column('uuid')
  @PersonalData({
    category: 'user.commercial.tag',
    subject: 'crm_contact',
    purposes: ['service.crm', 'ai.assistant'],
    source: 'provided',
    retention: 'workspace_data',
    recipients: ['anthropic', 'groq'],
    erasure: 'delete',
    description: 'foreign key to Tag: which label the contact carries (e.g. "VIP"); sent as CRM context to the LLM',
  })
  tagId!: string;

  @ManyToOne(() => Tag, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tag_id' })
  tag?: Tag;
}
