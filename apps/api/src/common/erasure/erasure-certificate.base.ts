import { NotPersonal } from '@lawful/annotations';
import { Column } from 'typeorm';
import { BaseEntity } from '../base.entity';

/**
 * Columns shared by the stored erasure certificates of both processing roles (`ErasureCertificate`, processor;
 * `AccountErasureCertificate`, controller): which kind of subject, when, and the request it answered. The subject's
 * id is never stored; each concrete entity declares the certificate's steps (proof kept under a legal hold).
 *
 * @example
 * @Entity('erasure_certificates') @ProcessingRole('processor')
 * export class ErasureCertificate extends ErasureCertificateEntity { … }
 */
export abstract class ErasureCertificateEntity extends BaseEntity {
  @Column('text')
  @NotPersonal({ reason: 'data-subject type erased, e.g. crm_contact' })
  subjectType!: string;

  @Column('text')
  @NotPersonal({ reason: 'entity name of the subject, e.g. Contact' })
  subjectEntity!: string;

  @Column('timestamptz')
  @NotPersonal({ reason: 'when the erasure was executed' })
  executedAt!: Date;

  @Column('uuid', { nullable: true })
  @NotPersonal({ reason: 'the data-subject request the erasure answered, if any (no FK constraint)' })
  requestId!: string | null;
}
