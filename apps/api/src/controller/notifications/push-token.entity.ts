import { DataSubject, NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../accounts/user.entity';

/** A device registered for push notifications, with consent (policy §2.2 push notification data, §4.4). */
@Entity('push_tokens')
@DataSubject('account_holder')
@ProcessingRole('controller')
export class PushToken extends BaseEntity {
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
  @PersonalData({ category: 'user.device.push_token', purposes: ['communication.push'], source: 'observed', retention: 'account', recipients: ['firebase'], erasure: 'delete' })
  deviceToken!: string;

  @Column('text')
  @PersonalData({ category: 'user.device.browser', purposes: ['communication.push'], source: 'observed', retention: 'account', erasure: 'delete', description: 'ios | android | web' })
  platform!: string;

  @Column('jsonb', { default: {} })
  @PersonalData({ category: 'user.account.settings', purposes: ['communication.push'], source: 'provided', retention: 'account', erasure: 'delete', description: 'notification preferences per event type' })
  notificationPreferences!: Record<string, boolean>;
}
