import { DataSubject, NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { AiConversation } from './ai-conversation.entity';

/** One prompt or response in an AI conversation (policy §2.1 AI interactions, §5.4 AI processing). */
@Entity('ai_messages')
@DataSubject('account_holder')
@ProcessingRole('controller')
export class AiMessage extends WorkspaceScopedEntity {
  @Index()
  @Column('uuid')
  @OwnedBy(() => AiConversation)
  @NotPersonal({ reason: 'foreign key' })
  conversationId!: string;

  @ManyToOne(() => AiConversation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation?: AiConversation;

  @Column('text')
  @NotPersonal({ reason: 'message author kind: user | assistant' })
  role!: 'user' | 'assistant';

  @Column('text')
  @PersonalData({
    category: 'user.content.prompt',
    purposes: ['ai.assistant'],
    source: 'provided',
    retention: 'account',
    recipients: ['anthropic', 'google_gemini', 'groq'],
    erasure: 'delete',
    description: 'prompt, or model response; sent for real-time inference only, never training',
  })
  content!: string;

  @Column('text', { nullable: true })
  @NotPersonal({ reason: 'LLM provider key that produced the response (null for user prompts)' })
  modelProvider!: string | null;
}
