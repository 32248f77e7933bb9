import { DataSubject, NotPersonal, OwnedBy, ProcessingRole } from '@lawful/annotations';
import type { DataSubjectRight, Jurisdiction } from '@lawful/rights';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DataSubjectRequestEntity } from '../../common/requests/data-subject-request.entity';
import { requestRecordData } from '../../common/requests/request-record-data.preset';
import type { StoredExtension } from '../../common/requests/stored-extension.types';
import { User } from '../accounts/user.entity';

/** Personal columns of an account holder's request record: account data, kept on erasure under a legal hold. */
const RequestRecord = requestRecordData('account');

/**
 * An account holder's request about the data Aktok controls (accounts, billing, security logs, analytics,
 * support, consent): made signed in under `/me/privacy/requests` (identity verified by the session), or through
 * the public intake (identity pending until the holder confirms it signed in). Personal columns are account data,
 * kept on erasure under a legal hold. Status history: `AccountPrivacyRequestEvent`.
 *
 * @example
 * await dataSource.getRepository(AccountPrivacyRequest).findBy({ userId: ctx.userId });
 */
@Entity('account_privacy_requests')
@Index(['userId', 'receivedAt'])
@DataSubject('account_holder')
@ProcessingRole('controller')
export class AccountPrivacyRequest extends DataSubjectRequestEntity {
  @Column('uuid', { nullable: true })
  @OwnedBy(() => User)
  @NotPersonal({ reason: 'foreign key (null once the account row is deleted; the record stays under its legal hold)' })
  userId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

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
  @RequestRecord({ category: 'user.content', description: "the account holder's own description of the request" })
  details!: string | null;
}
