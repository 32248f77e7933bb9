import { ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { RequestEventEntity } from '../../common/requests/request-event.entity';
import { requestRecordData } from '../../common/requests/request-record-data.preset';

/** Who took a step: account data kept with the request record, and on erasure under its legal hold. */
const RequestRecord = requestRecordData('account');

/**
 * One step of an `AccountPrivacyRequest`'s status history (controller data). Append-only: a trigger rejects
 * UPDATE, DELETE and TRUNCATE (migration `SubjectRequests`), so the actor's id stays after an account erasure, under
 * the same legal hold as the request record.
 *
 * @example
 * await dataSource.getRepository(AccountPrivacyRequestEvent).find({ where: { requestId }, order: { occurredAt: 'ASC' } });
 */
@Entity('account_privacy_request_events')
@Index(['requestId', 'occurredAt'])
@ProcessingRole('controller')
export class AccountPrivacyRequestEvent extends RequestEventEntity {
  @Column('uuid', { nullable: true })
  @RequestRecord({ category: 'user.unique_id.pseudonymous', subject: 'account_holder', source: 'observed', description: 'user id of the account holder who took the step; null = the platform (no FK constraint: the history is append-only)' })
  actorUserId!: string | null;
}
