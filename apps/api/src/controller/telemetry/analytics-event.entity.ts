import { DataSubject, NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../accounts/user.entity';

/**
 * One usage-analytics event (policy §2.2 usage analytics; cookies: analytics cookies; device and browser information).
 * `eventName`/`feature` are first-party product statistics (legitimate interest); the nullable tracking columns are
 * only filled with analytics consent (§4.4).
 */
@Entity('analytics_events')
@DataSubject('website_visitor')
@ProcessingRole('controller')
export class AnalyticsEvent extends BaseEntity {
  @Index()
  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.device.cookie_id', purposes: ['analytics'], source: 'observed', retention: 'analytics', recipients: ['matomo', 'posthog', 'google_analytics'], erasure: 'delete', description: 'analytics cookie visitor id' })
  visitorId!: string | null;

  @Index()
  @Column('uuid', { nullable: true })
  @OwnedBy(() => User)
  @NotPersonal({ reason: 'foreign key; no FK constraint on analytics' })
  userId!: string | null;

  @Column('text')
  @PersonalData({ category: 'user.behavior.product_usage', purposes: ['improvement'], source: 'observed', retention: 'analytics', erasure: 'delete' })
  eventName!: string;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.behavior.product_usage', purposes: ['improvement'], source: 'observed', retention: 'analytics', erasure: 'delete', description: 'feature used' })
  feature!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.behavior.product_usage', purposes: ['analytics', 'marketing'], source: 'observed', retention: 'analytics', recipients: ['matomo', 'posthog', 'google_analytics', 'meta_pixel', 'google_ads'], erasure: 'delete', description: 'page visited; also a conversion signal for the ad pixels (marketing consent)' })
  page!: string | null;

  @Column('integer', { nullable: true })
  @PersonalData({ category: 'user.behavior.product_usage', purposes: ['analytics'], source: 'observed', retention: 'analytics', recipients: ['matomo', 'posthog', 'google_analytics'], erasure: 'delete' })
  sessionDurationMs!: number | null;

  @Column('jsonb', { nullable: true })
  @PersonalData({ category: 'user.behavior.product_usage', purposes: ['analytics'], source: 'observed', retention: 'analytics', recipients: ['matomo', 'posthog', 'google_analytics'], erasure: 'delete', description: 'click patterns' })
  clickData!: Record<string, unknown> | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.device.ip_address', purposes: ['analytics'], source: 'observed', retention: 'analytics', recipients: ['matomo', 'google_analytics'], erasure: 'delete' })
  ipAddress!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.device.browser', purposes: ['analytics'], source: 'observed', retention: 'analytics', recipients: ['matomo', 'google_analytics'], erasure: 'delete', description: 'browser, operating system, device type' })
  browser!: string | null;

  @Column('timestamptz')
  @NotPersonal({ reason: 'event timestamp (drives retention)' })
  occurredAt!: Date;
}
