import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PaginationQuery } from '../../common/pagination.query';
import { TASK_STATUSES } from './task-status.constants';

/**
 * Query of `GET /workspaces/:workspaceId/tasks`: a page, filtered by status, project, assignee and contact.
 *
 * @example
 * // GET /workspaces/:workspaceId/tasks?status=todo&assigneeUserId=…
 */
export class ListTasksQuery extends PaginationQuery {
  @IsOptional() @IsIn(TASK_STATUSES)
  status?: string;

  @IsOptional() @IsUUID()
  projectId?: string;

  @IsOptional() @IsUUID()
  assigneeUserId?: string;

  @IsOptional() @IsUUID()
  contactId?: string;
}
