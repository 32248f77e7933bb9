import { NotPersonal } from '@lawful/annotations';
import { Column, Index } from 'typeorm';
import { BaseEntity } from '../base.entity';

/**
 * One row kept under a legal hold by an erasure, and restricted (GDPR Art. 17(3), 18(2)): processing is limited
 * to the hold's purpose. Names the entity and row, the reason and the held fields — never a value, never the
 * erased subject's id. Shared columns of `ErasureRestriction` (processor) and `AccountErasureRestriction`
 * (controller).
 *
 * @example
 * await manager.getRepository(AccountErasureRestriction).findBy({ entity: 'PaymentRecord', recordId });
 */
@Index(['entity', 'recordId'])
export abstract class ErasureRestrictionEntity extends BaseEntity {
  @Column('text')
  @NotPersonal({ reason: 'entity name of the restricted row, e.g. PaymentRecord' })
  entity!: string;

  @Column('uuid')
  @NotPersonal({ reason: 'id of the restricted row (not of the erased subject)' })
  recordId!: string;

  @Column('text')
  @NotPersonal({ reason: 'legal-hold reason and description from the annotations' })
  reason!: string;

  @Column('text', { array: true })
  @NotPersonal({ reason: 'names of the fields kept under the hold' })
  heldFields!: string[];

  @Column('timestamptz')
  @NotPersonal({ reason: 'when the row was restricted' })
  restrictedAt!: Date;

  @Column('uuid')
  @NotPersonal({ reason: 'the erasure certificate that restricted the row (no FK constraint)' })
  certificateId!: string;
}
