import { NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { User } from '../../controller/accounts/user.entity';
import { Contact } from '../crm/contact.entity';

/** An email synchronized from a member's mailbox over IMAP/SMTP (policy §2.1 Communications: email content). */
@Entity('email_messages')
@Index(['workspaceId', 'userId', 'messageIdHeader'], { unique: true })
@Index(['contactId', 'sentAt'])
@ProcessingRole('processor')
export class EmailMessage extends WorkspaceScopedEntity {
  @Column('uuid')
  @OwnedBy(() => User, { shared: true })
  @NotPersonal({ reason: 'foreign key (owner of the synchronized mailbox)' })
  userId!: string;

  @Column('uuid', { nullable: true })
  @OwnedBy(() => Contact, { shared: true })
  @NotPersonal({ reason: 'foreign key' })
  contactId!: string | null;

  @ManyToOne(() => Contact, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact | null;

  @Column('text')
  @PersonalData({ category: 'user.contact.email', subject: 'email_correspondent', purposes: ['service.communications'], source: 'provided', retention: 'communication_logs', erasure: 'hash' })
  fromAddress!: string;

  @Column('jsonb', { default: () => "'[]'" })
  @PersonalData({ category: 'user.contact.email', subject: 'email_correspondent', purposes: ['service.communications'], source: 'provided', retention: 'communication_logs', erasure: { strategy: 'redact', replacement: '[]' }, description: 'array of addresses' })
  toAddresses!: string[];

  @Column('jsonb', { default: () => "'[]'" })
  @PersonalData({ category: 'user.contact.email', subject: 'email_correspondent', purposes: ['service.communications'], source: 'provided', retention: 'communication_logs', erasure: { strategy: 'redact', replacement: '[]' }, description: 'array of addresses' })
  ccAddresses!: string[];

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.content.message', subject: 'email_correspondent', purposes: ['service.communications'], source: 'provided', retention: 'communication_logs', erasure: 'null' })
  subject!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.content.message', subject: 'email_correspondent', purposes: ['service.communications'], source: 'provided', retention: 'communication_logs', erasure: 'null', description: 'plain-text body' })
  bodyText!: string | null;

  @Column('text')
  @NotPersonal({ reason: 'RFC 5322 Message-ID, for threading and de-duplication' })
  messageIdHeader!: string;

  @Column('timestamptz')
  @NotPersonal({ reason: 'message timestamp' })
  sentAt!: Date;

  @Column('text')
  @NotPersonal({ reason: 'inbound | outbound' })
  direction!: string;
}
