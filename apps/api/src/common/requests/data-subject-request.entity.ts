import { NotPersonal } from '@lawful/annotations';
import { Column } from 'typeorm';
import { BaseEntity } from '../base.entity';
import type { IdentityState, VerificationMethod } from './identity-verification.constants';
import type { RejectionReason, RequestOrigin, RequestOutcome } from './request-closure.constants';
import type { RequestStatus } from './request-status.constants';

/**
 * Workflow columns shared by the request records of both processing roles (`AccountPrivacyRequest`, controller;
 * `SubjectRequest`, processor): status, origin, receipt, acknowledgement, identity verification, the next
 * deadline (for overdue and due-soon lists) and closure. Codes and timestamps only; each concrete entity declares
 * its personal columns (right, jurisdiction, extensions, details) with its own retention.
 *
 * @example
 * @Entity('subject_requests') @DataSubject('crm_contact') @ProcessingRole('processor')
 * export class SubjectRequest extends DataSubjectRequestEntity { … }
 */
export abstract class DataSubjectRequestEntity extends BaseEntity {
  @Column('text')
  @NotPersonal({ reason: 'workflow state: received | in_progress | completed | rejected' })
  status!: RequestStatus;

  @Column('text')
  @NotPersonal({ reason: 'record origin: self_service | public_intake | recorded_by_workspace | routed_by_platform' })
  origin!: RequestOrigin;

  @Column('timestamptz')
  @NotPersonal({ reason: 'receipt time: the deadlines count from its UTC day' })
  receivedAt!: Date;

  @Column('timestamptz', { nullable: true })
  @NotPersonal({ reason: 'when receipt was acknowledged (ends the acknowledgement deadline)' })
  acknowledgedAt!: Date | null;

  @Column('text')
  @NotPersonal({ reason: 'identity verification state: pending | verified | failed' })
  identityState!: IdentityState;

  @Column('text', { nullable: true })
  @NotPersonal({ reason: 'verification method code, e.g. authenticated_session, email_confirmation' })
  verificationMethod!: VerificationMethod | null;

  @Column('timestamptz', { nullable: true })
  @NotPersonal({ reason: 'when the identity was verified' })
  verifiedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  @NotPersonal({ reason: 'earliest pending deadline (UTC day) while open, null once closed: drives overdue and due-soon lists' })
  nextDueAt!: Date | null;

  @Column('text', { nullable: true })
  @NotPersonal({ reason: 'closure code: fulfilled | partially_fulfilled | no_data_held' })
  outcome!: RequestOutcome | null;

  @Column('text', { nullable: true })
  @NotPersonal({ reason: 'rejection code, e.g. identity_not_verified, manifestly_unfounded' })
  rejectionReason!: RejectionReason | null;

  @Column('timestamptz', { nullable: true })
  @NotPersonal({ reason: 'when the request was completed or rejected' })
  closedAt!: Date | null;

  @Column('uuid', { nullable: true })
  @NotPersonal({ reason: 'reference the public intake answered with (shared by the records one submission created)' })
  intakeReference!: string | null;
}
