import { NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { Contact } from '../crm/contact.entity';
import { Deal } from '../crm/deal.entity';
import { Task } from '../projects/task.entity';

/** Metadata of an uploaded file; the content lives in object storage under storageKey (policy §2.1 Files and attachments). */
@Entity('file_attachments')
@Index(['contactId'])
@Index(['dealId'])
@Index(['taskId'])
@ProcessingRole('processor')
export class FileAttachment extends WorkspaceScopedEntity {
  @Column('text')
  @PersonalData({ category: 'user.content.file', subject: 'crm_contact', purposes: ['service.files'], source: 'provided', retention: 'workspace_data', erasure: 'delete', description: 'file names often name the person (e.g. "jane-doe-contract.pdf")' })
  fileName!: string;

  @Column('text')
  @NotPersonal({ reason: 'media type' })
  mimeType!: string;

  @Column('bigint')
  @NotPersonal({ reason: 'file size (bigint, read as a decimal string)' })
  sizeBytes!: string;

  @Column('text')
  @PersonalData({ category: 'user.content.file', subject: 'crm_contact', purposes: ['service.files'], source: 'provided', retention: 'workspace_data', erasure: 'delete', description: 'object-storage key of the uploaded document, image or media; erasure deletes the stored object' })
  storageKey!: string;

  @Column('uuid')
  @NotPersonal({ reason: 'foreign key' })
  uploadedByUserId!: string;

  @Column('uuid', { nullable: true })
  @OwnedBy(() => Contact)
  @NotPersonal({ reason: 'foreign key' })
  contactId!: string | null;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact | null;

  @Column('uuid', { nullable: true })
  @NotPersonal({ reason: 'foreign key' })
  dealId!: string | null;

  @ManyToOne(() => Deal, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'deal_id' })
  deal?: Deal | null;

  @Column('uuid', { nullable: true })
  @NotPersonal({ reason: 'foreign key' })
  taskId!: string | null;

  @ManyToOne(() => Task, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'task_id' })
  task?: Task | null;
}
