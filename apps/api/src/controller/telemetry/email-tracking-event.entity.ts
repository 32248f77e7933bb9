import { DataSubject, NotPersonal, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';

/**
 * An open or link click of an email sent through the Service (policy §2.2 email tracking data). The recipient has no
 * contract with Aktok, so the basis is legitimate interest, not contract.
 */
@Entity('email_tracking_events')
@DataSubject('email_correspondent')
@ProcessingRole('controller')
export class EmailTrackingEvent extends WorkspaceScopedEntity {
  @Index()
  @Column('uuid')
  @NotPersonal({ reason: 'reference to the tracked email (no FK constraint)' })
  emailMessageId!: string;

  @Column('text')
  @PersonalData({ category: 'user.contact.email', purposes: ['service.email_tracking'], source: 'provided', retention: 'email_tracking', erasure: 'delete' })
  recipientEmail!: string;

  @Column('text')
  @PersonalData({ category: 'user.behavior.email_engagement', purposes: ['service.email_tracking'], source: 'observed', retention: 'email_tracking', erasure: 'delete', description: 'open | click' })
  eventType!: 'open' | 'click';

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.behavior.email_engagement', purposes: ['service.email_tracking'], source: 'observed', retention: 'email_tracking', erasure: 'delete', description: 'link clicked' })
  linkUrl!: string | null;

  @Column('timestamptz')
  @NotPersonal({ reason: 'event timestamp (drives retention)' })
  occurredAt!: Date;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.device.ip_address', purposes: ['service.email_tracking'], source: 'observed', retention: 'email_tracking', erasure: 'delete' })
  ipAddress!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.device.browser', purposes: ['service.email_tracking'], source: 'observed', retention: 'email_tracking', erasure: 'delete' })
  userAgent!: string | null;
}
