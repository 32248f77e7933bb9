import { NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { User } from '../../controller/accounts/user.entity';
import { Contact } from '../crm/contact.entity';
import { ChatThread } from './chat-thread.entity';

/** One message of a chat thread, from a member, a contact or a visitor (policy §2.1 Communications: chat messages). */
@Entity('chat_messages')
@Index(['threadId', 'sentAt'])
@Index(['senderContactId'])
@ProcessingRole('processor')
export class ChatMessage extends WorkspaceScopedEntity {
  @Column('uuid')
  @OwnedBy(() => ChatThread)
  @NotPersonal({ reason: 'foreign key' })
  threadId!: string;

  @ManyToOne(() => ChatThread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: ChatThread;

  @Column('uuid', { nullable: true })
  @OwnedBy(() => User, { shared: true })
  @NotPersonal({ reason: 'foreign key' })
  senderUserId!: string | null;

  @Column('uuid', { nullable: true })
  @OwnedBy(() => Contact, { shared: true })
  @NotPersonal({ reason: 'foreign key' })
  senderContactId!: string | null;

  @ManyToOne(() => Contact, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sender_contact_id' })
  senderContact?: Contact | null;

  @Column('text')
  @PersonalData({
    category: 'user.content.message',
    subject: 'crm_contact',
    purposes: ['service.communications', 'ai.assistant', 'ai.intent_routing'],
    source: 'provided',
    retention: 'communication_logs',
    recipients: ['rasa', 'google_dialogflow'],
    erasure: 'redact',
    description: 'sent for dialog management; read by the in-house intent classifier (ai.intent_routing); the conversation keeps the message, its text is erased',
  })
  body!: string;

  @Column('timestamptz')
  @NotPersonal({ reason: 'message timestamp' })
  sentAt!: Date;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.inferred', subject: 'crm_contact', purposes: ['service.communications', 'ai.assistant', 'ai.intent_routing'], source: 'derived', retention: 'communication_logs', erasure: 'null', description: 'intent of an inbound message, classified from the body by the keyword_linear model (policy §5.4.2(c))' })
  intent!: string | null;
}
