import { DataSubject, NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../accounts/user.entity';

/** One captured error (policy §2.2 error and diagnostic data: stack traces, error context, session identifiers). */
@Entity('error_events')
@DataSubject('account_holder')
@ProcessingRole('controller')
export class ErrorEvent extends BaseEntity {
  @Column('text')
  @PersonalData({ category: 'user.telemetry.error', purposes: ['improvement.reliability'], source: 'observed', retention: 'error_tracking', recipients: ['sentry', 'betterstack'], erasure: 'delete' })
  stackTrace!: string;

  @Column('jsonb', { default: {} })
  @PersonalData({ category: 'user.telemetry.error', purposes: ['improvement.reliability'], source: 'observed', retention: 'error_tracking', recipients: ['sentry', 'betterstack'], erasure: 'delete', description: 'request, release and user context' })
  errorContext!: Record<string, unknown>;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.telemetry.error', purposes: ['improvement.reliability'], source: 'observed', retention: 'error_tracking', recipients: ['sentry', 'betterstack'], erasure: 'delete', description: 'session identifier' })
  sessionId!: string | null;

  @Index()
  @Column('uuid', { nullable: true })
  @OwnedBy(() => User)
  @NotPersonal({ reason: 'foreign key; no FK constraint on telemetry' })
  userId!: string | null;

  @Column('timestamptz')
  @NotPersonal({ reason: 'event timestamp (drives retention)' })
  occurredAt!: Date;
}
