import { NotPersonal, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';

/** A workspace's chatbot setup (policy §2.1 AI interactions: chatbot configurations). */
@Entity('chatbot_configurations')
@ProcessingRole('controller')
export class ChatbotConfiguration extends WorkspaceScopedEntity {
  @Column('text')
  @NotPersonal({ reason: 'chatbot display name' })
  name!: string;

  @Column('text', { default: '' })
  @PersonalData({
    category: 'user.content.prompt',
    subject: 'workspace_member',
    purposes: ['ai.assistant'],
    source: 'provided',
    retention: 'workspace_data',
    recipients: ['anthropic', 'google_gemini', 'groq'],
    erasure: { strategy: 'redact', replacement: '' },
    description: 'system prompt written by a workspace member, sent with every inference',
  })
  systemPrompt!: string;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.content.prompt', subject: 'workspace_member', purposes: ['ai.assistant'], source: 'provided', retention: 'workspace_data', erasure: 'null' })
  greeting!: string | null;

  @Column('jsonb', { default: [] })
  @PersonalData({
    category: 'user.contact.url',
    subject: 'workspace_member',
    purposes: ['ai.assistant'],
    source: 'provided',
    retention: 'workspace_data',
    recipients: ['jina_ai'],
    erasure: { strategy: 'redact', replacement: '[]' },
    description: 'knowledge base URLs, fetched through Jina AI',
  })
  knowledgeBaseUrls!: string[];
}
