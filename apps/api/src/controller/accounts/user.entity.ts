import { DataSubject, NotPersonal, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';

/** An Aktok account holder (policy §2.1 account registration and profile, §2.5 sign-in providers). */
@Entity('users')
@DataSubject('account_holder')
@ProcessingRole('controller')
export class User extends BaseEntity {
  @Column('text')
  @PersonalData({ category: 'user.name', purposes: ['service.account'], source: 'provided', retention: 'account', erasure: { strategy: 'redact', replacement: 'Deleted user' } })
  name!: string;

  @Index({ unique: true })
  @Column('text')
  @PersonalData({
    category: 'user.contact.email',
    purposes: ['service.account', 'security', 'communication'],
    source: 'provided',
    retention: 'account',
    recipients: ['quickemailverification', 'stripe'],
    erasure: 'hash',
  })
  email!: string;

  @Column('text')
  @PersonalData({ category: 'user.authorization.password', purposes: ['security'], source: 'provided', retention: 'account', erasure: 'null', description: 'bcrypt hash, never the password' })
  passwordHash!: string;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.contact.phone_number', purposes: ['service.account', 'security'], source: 'provided', retention: 'account', recipients: ['telnyx', 'numverify'], erasure: 'null' })
  phone!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.name.first', purposes: ['service.personalization'], source: 'provided', retention: 'account', erasure: 'null' })
  firstName!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.name.last', purposes: ['service.personalization'], source: 'provided', retention: 'account', erasure: 'null' })
  lastName!: string | null;

  @Column('text', { default: 'UTC' })
  @PersonalData({ category: 'user.account.settings', purposes: ['service.personalization'], source: 'provided', retention: 'account', erasure: { strategy: 'redact', replacement: 'UTC' } })
  timezone!: string;

  @Column('text', { default: 'en' })
  @PersonalData({ category: 'user.demographic.language', purposes: ['service.personalization'], source: 'provided', retention: 'account', erasure: { strategy: 'redact', replacement: 'en' } })
  language!: string;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.content.self_image', purposes: ['service.personalization'], source: 'provided', retention: 'account', erasure: 'null', description: 'URL of the profile photo' })
  photoUrl!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.unique_id', purposes: ['security'], source: { thirdParty: 'google_oauth' }, retention: 'account', erasure: 'null', description: 'Google account subject id from OAuth sign-in' })
  googleSubjectId!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.content.self_image', purposes: ['service.personalization'], source: { thirdParty: 'google_oauth' }, retention: 'account', erasure: 'null', description: 'Avatar URL from the Google profile' })
  googleAvatarUrl!: string | null;

  @Column('jsonb', { nullable: true })
  @PersonalData({ category: 'user.account.sso_claims', purposes: ['security'], source: { thirdParty: 'sso_provider' }, retention: 'account', erasure: 'null' })
  ssoClaims!: Record<string, unknown> | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.account.verification', purposes: ['security'], source: { thirdParty: 'quickemailverification' }, retention: 'account', erasure: 'null', description: 'valid | invalid | risky' })
  emailValidity!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.account.verification', purposes: ['security'], source: { thirdParty: 'numverify' }, retention: 'account', erasure: 'null', description: 'Phone validity from NumVerify / Telnyx' })
  phoneValidity!: string | null;

  @Column('timestamptz', { nullable: true })
  @NotPersonal({ reason: 'account lifecycle timestamp (drives retention)' })
  closedAt!: Date | null;
}
