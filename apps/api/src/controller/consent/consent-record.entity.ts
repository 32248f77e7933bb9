import { DataSubject, NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../accounts/user.entity';

/**
 * Append-only ledger of consent given or withdrawn, kept as proof (policy §4.4 consent purposes; §2.2 cookies:
 * preference cookies). Account holders are recorded as website visitors too, linked by `userId`.
 */
@Entity('consent_records')
@DataSubject('website_visitor')
@ProcessingRole('controller')
export class ConsentRecord extends BaseEntity {
  @Index()
  @Column('uuid', { nullable: true })
  @OwnedBy(() => User)
  @NotPersonal({ reason: 'foreign key; no FK constraint, the ledger is append-only' })
  userId!: string | null;

  @Index()
  @Column('text', { nullable: true })
  @PersonalData({
    category: 'user.device.cookie_id',
    purposes: ['compliance'],
    source: 'observed',
    retention: 'analytics',
    erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'proof of consent (GDPR Art. 7(1))' } },
    description: 'anonymous visitor id from the consent (preference) cookie',
  })
  anonymousVisitorId!: string | null;

  @Column('text')
  @PersonalData({
    category: 'user.privacy_preferences',
    purposes: ['compliance'],
    source: 'provided',
    retention: 'analytics',
    erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'proof of consent (GDPR Art. 7(1))' } },
    description: 'purpose key consented to, e.g. analytics, marketing, communication.push',
  })
  purpose!: string;

  @Column('boolean')
  @PersonalData({
    category: 'user.privacy_preferences',
    purposes: ['compliance'],
    source: 'provided',
    retention: 'analytics',
    erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'proof of consent (GDPR Art. 7(1))' } },
    description: 'true = granted, false = refused or withdrawn',
  })
  granted!: boolean;

  @Column('timestamptz')
  @NotPersonal({ reason: 'event timestamp (drives retention)' })
  recordedAt!: Date;

  @Column('text')
  @NotPersonal({ reason: 'capture mechanism: cookie_banner | settings | api' })
  method!: 'cookie_banner' | 'settings' | 'api';

  @Column('text')
  @NotPersonal({ reason: 'privacy policy version shown' })
  policyVersion!: string;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.device.ip_address', purposes: ['compliance'], source: 'observed', retention: 'analytics', erasure: 'null' })
  ipAddress!: string | null;
}
