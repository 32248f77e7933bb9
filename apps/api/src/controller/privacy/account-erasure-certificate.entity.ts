import { PersonalData, ProcessingRole } from '@lawful/annotations';
import type { ErasureStepReport } from '@lawful/nestjs';
import { Column, Entity, Index } from 'typeorm';
import { ErasureCertificateEntity } from '../../common/erasure/erasure-certificate.base';

/**
 * Proof that an account holder's account was erased (controller data): what was deleted, anonymized and retained,
 * and why — counts, field names and reasons, never a value or the user's id. Kept under a legal hold
 * (accountability, GDPR Art. 5(2), 17). The account holder receives it in the `POST /me/privacy/erasure` answer.
 *
 * @example
 * await dataSource.getRepository(AccountErasureCertificate).findOneBy({ requestId });
 */
@Entity('account_erasure_certificates')
@Index(['executedAt'])
@ProcessingRole('controller')
export class AccountErasureCertificate extends ErasureCertificateEntity {
  @Column('jsonb')
  @PersonalData({
    category: 'user.privacy_preferences',
    subject: 'account_holder',
    purposes: ['compliance.subject_rights'],
    source: 'derived',
    retention: 'account',
    erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'proof that an erasure was executed and how (GDPR Art. 5(2), 17)' } },
    description: 'per entity: action, row counts, fields erased with their strategy, legal holds and reasons (no values)',
  })
  steps!: ErasureStepReport[];
}
