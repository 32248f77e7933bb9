import { NotPersonal, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';

/** A page of a website built with Aktok (policy §2.1 website builder content: page content, templates, SEO settings). */
@Entity('website_pages')
@Index(['workspaceId', 'path'], { unique: true })
@ProcessingRole('controller')
export class WebsitePage extends WorkspaceScopedEntity {
  @Column('text')
  @NotPersonal({ reason: 'page route' })
  path!: string;

  @Column('text')
  @PersonalData({ category: 'user.content.website', subject: 'workspace_member', purposes: ['service.website_builder'], source: 'provided', retention: 'workspace_data', erasure: 'redact' })
  title!: string;

  @Column('text', { default: '' })
  @PersonalData({
    category: 'user.content.website',
    subject: 'workspace_member',
    purposes: ['service.website_builder'],
    source: 'provided',
    retention: 'workspace_data',
    erasure: { strategy: 'redact', replacement: '' },
    description: 'page content; may name or picture people',
  })
  content!: string;

  @Column('text')
  @NotPersonal({ reason: 'template key' })
  template!: string;

  @Column('jsonb', { default: {} })
  @PersonalData({
    category: 'user.content.website',
    subject: 'workspace_member',
    purposes: ['service.website_builder'],
    source: 'provided',
    retention: 'workspace_data',
    erasure: { strategy: 'redact', replacement: '{}' },
    description: 'meta title, description, author, social image',
  })
  seoSettings!: Record<string, unknown>;
}
