import { NotPersonal, PersonalData, ProcessingRole, WorkspaceKey } from '@lawful/annotations';
import type { ErasureStepReport } from '@lawful/nestjs';
import { Column, Entity, Index } from 'typeorm';
import { ErasureCertificateEntity } from '../../../common/erasure/erasure-certificate.base';

/**
 * Proof that a CRM contact was erased, kept for the workspace (the controller; processor data): what was deleted,
 * anonymized and retained, and why — counts, field names and reasons, never a value or the contact's id. Kept
 * under a legal hold (accountability, GDPR Art. 5(2), 17). Fetched again with
 * `GET /workspaces/:workspaceId/erasure-certificates/:certificateId`.
 *
 * @example
 * await dataSource.getRepository(ErasureCertificate).findOneBy({ id, workspaceId });
 */
@Entity('erasure_certificates')
@Index(['workspaceId', 'executedAt'])
@ProcessingRole('processor')
export class ErasureCertificate extends ErasureCertificateEntity {
  @Column('uuid')
  @WorkspaceKey()
  @NotPersonal({ reason: 'tenant key' })
  workspaceId!: string;

  @Column('uuid')
  @NotPersonal({ reason: 'foreign key (the owner or admin who executed the erasure; no FK constraint)' })
  executedByUserId!: string;

  @Column('jsonb')
  @PersonalData({
    category: 'user.privacy_preferences',
    subject: 'crm_contact',
    purposes: ['compliance.subject_rights'],
    source: 'derived',
    retention: 'workspace_data',
    erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'proof that an erasure was executed and how (GDPR Art. 5(2), 17)' } },
    description: 'per entity: action, row counts, fields erased with their strategy, legal holds and reasons (no values)',
  })
  steps!: ErasureStepReport[];
}
