import { NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { Contact } from '../crm/contact.entity';

/** A live-chat conversation with a website visitor or contact, or an internal member thread (policy §2.1 Communications). */
@Entity('chat_threads')
@Index(['workspaceId', 'channel'])
@Index(['contactId'])
@ProcessingRole('processor')
export class ChatThread extends WorkspaceScopedEntity {
  @Column('text')
  @NotPersonal({ reason: 'channel type (live_chat | internal)' })
  channel!: string;

  @Column('uuid', { nullable: true })
  @OwnedBy(() => Contact)
  @NotPersonal({ reason: 'foreign key' })
  contactId!: string | null;

  @ManyToOne(() => Contact, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.name', subject: 'website_visitor', purposes: ['service.communications'], source: 'provided', retention: 'communication_logs', erasure: 'null', description: 'name a live-chat visitor typed in' })
  visitorName!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.contact.email', subject: 'website_visitor', purposes: ['service.communications'], source: 'provided', retention: 'communication_logs', erasure: 'null', description: 'email a live-chat visitor left for follow-up' })
  visitorEmail!: string | null;

  @Column('uuid', { nullable: true })
  @NotPersonal({ reason: 'foreign key (workspace member the conversation is routed to; set only through the review gate\'s chat_thread.route effect)' })
  assignedUserId!: string | null;
}
