import { IsIn, IsOptional } from 'class-validator';
import { PaginationQuery } from '../../../common/pagination.query';
import { REQUEST_STATUSES, type RequestStatus } from '../../../common/requests/request-status.constants';

/**
 * Deadline filters of the request list.
 *
 * @example
 * DUE_FILTERS.includes(query.due);
 */
export const DUE_FILTERS = ['overdue', 'due_soon'] as const;

/**
 * Query of `GET /workspaces/:workspaceId/subjects/requests`: a page, by status and/or by deadline (`overdue`: a
 * pending deadline has passed; `due_soon`: one falls within 7 days), most urgent first.
 *
 * @example
 * // GET /workspaces/:workspaceId/subjects/requests?due=overdue&page=1&pageSize=25
 */
export class ListSubjectRequestsQuery extends PaginationQuery {
  @IsOptional() @IsIn(REQUEST_STATUSES, { message: `status must be one of: ${REQUEST_STATUSES.join(', ')}` })
  status?: RequestStatus;

  @IsOptional() @IsIn(DUE_FILTERS, { message: `due must be one of: ${DUE_FILTERS.join(', ')}` })
  due?: (typeof DUE_FILTERS)[number];
}
