import { NotPersonal, ProcessingRole, WorkspaceKey } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { RequestEventEntity } from '../../../common/requests/request-event.entity';

/**
 * One step of a `SubjectRequest`'s status history, kept for the workspace (processor data). Append-only: a trigger
 * rejects UPDATE, DELETE and TRUNCATE (migration `SubjectRequests`).
 *
 * @example
 * await dataSource.getRepository(SubjectRequestEvent).find({ where: { workspaceId, requestId }, order: { occurredAt: 'ASC' } });
 */
@Entity('subject_request_events')
@Index(['requestId', 'occurredAt'])
@ProcessingRole('processor')
export class SubjectRequestEvent extends RequestEventEntity {
  @Column('uuid')
  @WorkspaceKey()
  @NotPersonal({ reason: 'tenant key' })
  workspaceId!: string;
}
