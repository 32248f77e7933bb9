import { NotPersonal, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';

/** An organisation in a workspace's CRM; a sole trader's record identifies the person (policy §2.1 CRM data). */
@Entity('companies')
@Index(['workspaceId', 'domain'])
@ProcessingRole('processor')
export class Company extends WorkspaceScopedEntity {
  @Column('text')
  @PersonalData({ category: 'user.contact.organization', subject: 'crm_contact', purposes: ['service.crm'], source: 'provided', retention: 'workspace_data', erasure: 'redact', description: 'a sole trader trades under their own name' })
  name!: string;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.contact.url', subject: 'crm_contact', purposes: ['service.crm'], source: 'provided', retention: 'workspace_data', erasure: 'null', description: 'a sole trader\'s domain can name the person' })
  domain!: string | null;

  @Column('text', { nullable: true })
  @NotPersonal({ reason: 'firmographic attribute of the organisation' })
  industry!: string | null;

  @Column('text', { nullable: true })
  @NotPersonal({ reason: 'firmographic attribute of the organisation (employee-count band)' })
  size!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.contact.phone_number', subject: 'crm_contact', purposes: ['service.crm'], source: 'provided', retention: 'workspace_data', erasure: 'null' })
  phone!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.contact.address.street', subject: 'crm_contact', purposes: ['service.crm'], source: 'provided', retention: 'workspace_data', erasure: 'null' })
  addressStreet!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.contact.address.city', subject: 'crm_contact', purposes: ['service.crm'], source: 'provided', retention: 'workspace_data', erasure: 'null' })
  addressCity!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.contact.address.state', subject: 'crm_contact', purposes: ['service.crm'], source: 'provided', retention: 'workspace_data', erasure: 'null' })
  addressRegion!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.contact.address.postal_code', subject: 'crm_contact', purposes: ['service.crm'], source: 'provided', retention: 'workspace_data', erasure: 'null' })
  addressPostalCode!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.contact.address.country', subject: 'crm_contact', purposes: ['service.crm'], source: 'provided', retention: 'workspace_data', erasure: 'null' })
  addressCountry!: string | null;
}
