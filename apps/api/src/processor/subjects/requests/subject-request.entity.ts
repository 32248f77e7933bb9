import { DataSubject, NotPersonal, OwnedBy, ProcessingRole, WorkspaceKey } from '@lawful/annotations';
import type { DataSubjectRight, Jurisdiction } from '@lawful/rights';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DataSubjectRequestEntity } from '../../../common/requests/data-subject-request.entity';
import { requestRecordData } from '../../../common/requests/request-record-data.preset';
import type { StoredExtension } from '../../../common/requests/stored-extension.types';
import { Contact } from '../../crm/contact.entity';

/** Personal columns of a workspace's request record: CRM data, kept on erasure under a legal hold. */
const RequestRecord = requestRecordData('workspace_data');

/**
 * A data-subject request about a workspace's CRM data (processor data: the workspace is the controller and its
 * owners and admins answer it). Recorded by the workspace, or routed to it by the platform's public intake. Linked
 * to the CRM contact when known (`@OwnedBy(() => Contact)`; the link is cleared if the contact is erased, the record
 * stays under its legal hold). Status history: `SubjectRequestEvent`.
 *
 * @example
 * await new LawfulQuery(dataSource.getRepository(SubjectRequest)).findOne(ctx, requestId);
 */
@Entity('subject_requests')
@Index(['workspaceId', 'status', 'nextDueAt'])
@DataSubject('crm_contact')
@ProcessingRole('processor')
export class SubjectRequest extends DataSubjectRequestEntity {
  @Index()
  @Column('uuid')
  @WorkspaceKey()
  @NotPersonal({ reason: 'tenant key' })
  workspaceId!: string;

  @Index()
  @Column('uuid', { nullable: true })
  @OwnedBy(() => Contact)
  @NotPersonal({ reason: 'foreign key (null when the contact is not known, or was erased)' })
  contactId!: string | null;

  @ManyToOne(() => Contact, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;

  @Column('text')
  @RequestRecord({ category: 'user.privacy_preferences', description: 'right exercised: access | portability | rectification | erasure | restriction | objection | consent_withdrawal' })
  right!: DataSubjectRight;

  @Column('text')
  @RequestRecord({ category: 'user.privacy_preferences', description: 'law the request is handled under: gdpr | uk_gdpr | ccpa | pipeda | quebec_law25' })
  jurisdiction!: Jurisdiction;

  @Column('jsonb', { default: [] })
  @RequestRecord({ category: 'user.privacy_preferences', description: 'deadline extensions: months or days, the reason told to the requester, when' })
  extensions!: StoredExtension[];

  @Column('text', { nullable: true })
  @RequestRecord({ category: 'user.contact.email', description: 'email address the request came from' })
  requesterEmail!: string | null;

  @Column('text', { nullable: true })
  @RequestRecord({ category: 'user.content', description: "the requester's own description of the request" })
  details!: string | null;

  @Column('uuid', { nullable: true })
  @NotPersonal({ reason: 'foreign key (the workspace member who recorded it; null = routed by the platform)' })
  recordedByUserId!: string | null;
}
