import { DataSubject, NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { User } from '../accounts/user.entity';

/** A user's conversation with an AI agent (policy §2.1 AI interactions). */
@Entity('ai_conversations')
@DataSubject('account_holder')
@ProcessingRole('controller')
export class AiConversation extends WorkspaceScopedEntity {
  @Index()
  @Column('uuid')
  @OwnedBy(() => User)
  @NotPersonal({ reason: 'foreign key' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.content.prompt', purposes: ['ai.assistant'], source: 'derived', retention: 'account', erasure: 'delete', description: 'title summarised from the first prompt' })
  title!: string | null;
}
