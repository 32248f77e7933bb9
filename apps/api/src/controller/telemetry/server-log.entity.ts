import { DataSubject, NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../accounts/user.entity';

/** One HTTP request log line (policy §2.2 server logs: request timestamps, endpoints accessed, response codes). */
@Entity('server_logs')
@DataSubject('account_holder')
@ProcessingRole('controller')
export class ServerLog extends BaseEntity {
  @Index()
  @Column('timestamptz')
  @NotPersonal({ reason: 'request timestamp (drives retention)' })
  requestedAt!: Date;

  @Column('text')
  @NotPersonal({ reason: 'HTTP method' })
  method!: string;

  @Column('text')
  @PersonalData({ category: 'user.telemetry.server_log', purposes: ['security'], source: 'observed', retention: 'server_logs', recipients: ['betterstack'], erasure: 'delete', description: 'endpoint accessed (path may carry ids)' })
  endpoint!: string;

  @Column('integer')
  @PersonalData({ category: 'user.telemetry.server_log', purposes: ['security'], source: 'observed', retention: 'server_logs', recipients: ['betterstack'], erasure: 'delete', description: 'HTTP response code' })
  statusCode!: number;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.device.ip_address', purposes: ['security'], source: 'observed', retention: 'server_logs', recipients: ['betterstack'], erasure: 'delete' })
  ipAddress!: string | null;

  @Index()
  @Column('uuid', { nullable: true })
  @OwnedBy(() => User)
  @NotPersonal({ reason: 'foreign key; no FK constraint on logs' })
  userId!: string | null;

  @Column('integer')
  @NotPersonal({ reason: 'response time metric' })
  durationMs!: number;
}
