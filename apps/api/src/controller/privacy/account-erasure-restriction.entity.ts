import { ProcessingRole } from '@lawful/annotations';
import { Entity } from 'typeorm';
import { ErasureRestrictionEntity } from '../../common/erasure/erasure-restriction.base';

/**
 * A row of Aktok's own data kept under a legal hold when an account was erased (payment records: tax law, 7 years
 * after the last transaction; consent proof), and restricted: processing limited to the hold's purpose.
 *
 * @example
 * await dataSource.getRepository(AccountErasureRestriction).findBy({ entity: 'PaymentRecord' });
 */
@Entity('account_erasure_restrictions')
@ProcessingRole('controller')
export class AccountErasureRestriction extends ErasureRestrictionEntity {}
