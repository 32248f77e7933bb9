import { NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { Contact } from './contact.entity';
import { CustomFieldDefinition } from './custom-field-definition.entity';

/** A contact's value of a custom CRM field (policy §2.1 CRM data: custom fields). */
@Entity('custom_field_values')
@Index(['definitionId', 'contactId'], { unique: true })
@Index(['contactId'])
@ProcessingRole('processor')
export class CustomFieldValue extends WorkspaceScopedEntity {
  @Column('uuid')
  @NotPersonal({ reason: 'foreign key' })
  definitionId!: string;

  @ManyToOne(() => CustomFieldDefinition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'definition_id' })
  definition?: CustomFieldDefinition;

  @Column('uuid')
  @OwnedBy(() => Contact)
  @NotPersonal({ reason: 'foreign key' })
  contactId!: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;

  @Column('text', { nullable: true })
  @PersonalData({ category: 'user.commercial.custom_field', subject: 'crm_contact', purposes: ['service.crm'], source: 'provided', retention: 'workspace_data', erasure: 'delete', description: 'value serialised as text' })
  value!: string | null;
}
