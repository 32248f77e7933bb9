import { DataSubject, NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { User } from './user.entity';

/** A login session / bearer token (policy §2.2 cookies: session tokens, authentication cookies; device and browser information). */
@Entity('auth_sessions')
@DataSubject('account_holder')
@ProcessingRole('controller')
export class AuthSession extends BaseEntity {
  @Index()
  @Column('uuid')
  @OwnedBy(() => User)
  @NotPersonal({ reason: 'foreign key' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index({ unique: true })
  @Column('text')
  @PersonalData({ category: 'user.authorization.credentials', purposes: ['security'], source: 'derived', retention: 'account', erasure: 'delete', description: 'sha256 of the session token / authentication cookie, never the token' })
  tokenHash!: string;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.device.ip_address', purposes: ['security'], source: 'observed', retention: 'account', erasure: 'delete' })
  ipAddress!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.device.browser', purposes: ['security'], source: 'observed', retention: 'account', erasure: 'delete', description: 'raw User-Agent header' })
  userAgent!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.device.browser', purposes: ['security', 'improvement.reliability'], source: 'derived', retention: 'account', erasure: 'delete', description: 'browser type and version, parsed from the User-Agent' })
  browser!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.device.browser', purposes: ['security', 'improvement.reliability'], source: 'derived', retention: 'account', erasure: 'delete', description: 'operating system, parsed from the User-Agent' })
  operatingSystem!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.device.browser', purposes: ['security', 'improvement.reliability'], source: 'derived', retention: 'account', erasure: 'delete', description: 'desktop | mobile | tablet' })
  deviceType!: string | null;

  @Column('timestamptz')
  @NotPersonal({ reason: 'session lifecycle timestamp' })
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  @NotPersonal({ reason: 'session lifecycle timestamp' })
  revokedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  @NotPersonal({ reason: 'session lifecycle timestamp (idle expiry)' })
  lastSeenAt!: Date | null;
}
