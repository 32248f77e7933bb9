import { DataSubject, NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../accounts/user.entity';

/** A message to Aktok support or a feedback submission (policy §2.1 support requests). */
@Entity('support_requests')
@DataSubject('account_holder')
@ProcessingRole('controller')
export class SupportRequest extends BaseEntity {
  @Index()
  @Column('uuid')
  @OwnedBy(() => User)
  @NotPersonal({ reason: 'foreign key' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('text')
  @PersonalData({ category: 'user.content.support', purposes: ['support'], source: 'provided', retention: 'account', erasure: 'delete', description: 'subject line' })
  subject!: string;

  @Column('text')
  @PersonalData({ category: 'user.content.support', purposes: ['support', 'improvement'], source: 'provided', retention: 'account', erasure: 'delete' })
  message!: string;

  @Column('integer', { nullable: true })
  @PersonalData({ category: 'user.content.support', purposes: ['support', 'improvement'], source: 'provided', retention: 'account', erasure: 'null', description: 'feedback rating 1-5' })
  feedbackRating!: number | null;

  @Column('text', { default: 'open' })
  @NotPersonal({ reason: 'ticket status: open | pending | resolved | closed' })
  status!: string;
}
