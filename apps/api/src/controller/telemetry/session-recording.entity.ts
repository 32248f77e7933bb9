import { DataSubject, NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../accounts/user.entity';

/** A consented recording of a browsing session on aktok.com (policy §2.2 session recordings, §2.4, §4.4). */
@Entity('session_recordings')
@DataSubject('website_visitor')
@ProcessingRole('controller')
export class SessionRecording extends BaseEntity {
  @Index()
  @Column('text')
  @PersonalData({ category: 'user.device.cookie_id', purposes: ['analytics.session_recording'], source: 'observed', retention: 'analytics', recipients: ['posthog', 'microsoft_clarity'], erasure: 'delete', description: 'visitor id' })
  visitorId!: string;

  @Index()
  @Column('uuid', { nullable: true })
  @OwnedBy(() => User)
  @NotPersonal({ reason: 'foreign key; no FK constraint on analytics' })
  userId!: string | null;

  @Column('jsonb')
  @PersonalData({
    category: 'user.behavior.session_recording',
    purposes: ['analytics.session_recording'],
    source: 'observed',
    retention: 'analytics',
    recipients: ['posthog', 'microsoft_clarity'],
    erasure: 'delete',
    description: 'mouse movements, clicks, scrolls, form interactions',
  })
  events!: Record<string, unknown>[];

  @Column('timestamptz')
  @NotPersonal({ reason: 'recording start (drives retention)' })
  startedAt!: Date;
}
