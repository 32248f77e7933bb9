import { NotPersonal, ProcessingRole, WorkspaceKey } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { RequestEventEntity } from '../../../common/requests/request-event.entity';
import { requestRecordData } from '../../../common/requests/request-record-data.preset';

/** Who took a step: kept for the workspace with its request records, and on erasure under their legal hold. */
const RequestRecord = requestRecordData('workspace_data');

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

  @Column('uuid', { nullable: true })
  @RequestRecord({ category: 'user.unique_id.pseudonymous', subject: 'workspace_member', source: 'observed', description: 'user id of the workspace member who took the step; null = the platform (no FK constraint: the history is append-only)' })
  actorUserId!: string | null;
}
