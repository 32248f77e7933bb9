import { ProcessingRole } from '@lawful/annotations';
import { Entity, Index } from 'typeorm';
import { RequestEventEntity } from '../../common/requests/request-event.entity';

/**
 * One step of an `AccountPrivacyRequest`'s status history (controller data). Append-only: a trigger rejects
 * UPDATE, DELETE and TRUNCATE (migration `SubjectRequests`).
 *
 * @example
 * await dataSource.getRepository(AccountPrivacyRequestEvent).find({ where: { requestId }, order: { occurredAt: 'ASC' } });
 */
@Entity('account_privacy_request_events')
@Index(['requestId', 'occurredAt'])
@ProcessingRole('controller')
export class AccountPrivacyRequestEvent extends RequestEventEntity {}
