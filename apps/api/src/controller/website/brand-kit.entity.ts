import { NotPersonal, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';

/** A workspace's brand kit for the website builder (policy §2.1 website builder content: brand kit configurations). */
@Entity('brand_kits')
@ProcessingRole('controller')
export class BrandKit extends WorkspaceScopedEntity {
  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.content.website', subject: 'workspace_member', purposes: ['service.website_builder'], source: 'provided', retention: 'workspace_data', erasure: 'null', description: 'logo URL; may be a sole trader\'s photo' })
  logoUrl!: string | null;

  @Column('jsonb', { default: {} })
  @NotPersonal({ reason: 'brand styling (color palette)' })
  colors!: Record<string, string>;

  @Column('jsonb', { default: {} })
  @NotPersonal({ reason: 'brand styling (font choices)' })
  fonts!: Record<string, string>;
}
