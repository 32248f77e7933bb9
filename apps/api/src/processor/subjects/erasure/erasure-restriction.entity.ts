import { NotPersonal, ProcessingRole, WorkspaceKey } from '@lawful/annotations';
import { Column, Entity } from 'typeorm';
import { ErasureRestrictionEntity } from '../../../common/erasure/erasure-restriction.base';

/**
 * A workspace row kept under a legal hold when a CRM contact was erased (e.g. a data-subject request record), and
 * restricted: processing limited to the hold's purpose (processor data, kept for the workspace).
 *
 * @example
 * await dataSource.getRepository(ErasureRestriction).findBy({ workspaceId, entity: 'SubjectRequest' });
 */
@Entity('erasure_restrictions')
@ProcessingRole('processor')
export class ErasureRestriction extends ErasureRestrictionEntity {
  @Column('uuid')
  @WorkspaceKey()
  @NotPersonal({ reason: 'tenant key' })
  workspaceId!: string;
}
