import { NotPersonal, OwnedBy } from '@lawful/annotations';
import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { Contact } from '../crm/contact.entity';

/**
 * Base of the rows recording a CRM contact's state (consent, objection, restriction): the workspace key and the
 * contact the row is about (`@OwnedBy(() => Contact)`, deleted with the contact).
 *
 * @example
 * @Entity('contact_objections') @DataSubject('crm_contact') @ProcessingRole('processor')
 * export class ContactObjection extends ContactStateEntity { … }
 */
export abstract class ContactStateEntity extends WorkspaceScopedEntity {
  @Column('uuid')
  @OwnedBy(() => Contact)
  @NotPersonal({ reason: 'foreign key' })
  contactId!: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;
}
