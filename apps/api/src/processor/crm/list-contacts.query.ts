import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PaginationQuery } from '../../common/pagination.query';
import { CONTACT_LIFECYCLE_STAGES } from './contact-lifecycle.constants';

/**
 * Query of `GET /workspaces/:workspaceId/contacts`: a page, filtered by lifecycle stage and company.
 *
 * @example
 * // GET /workspaces/:workspaceId/contacts?page=2&pageSize=50&lifecycleStage=lead&companyId=…
 */
export class ListContactsQuery extends PaginationQuery {
  @IsOptional() @IsIn(CONTACT_LIFECYCLE_STAGES)
  lifecycleStage?: string;

  @IsOptional() @IsUUID()
  companyId?: string;
}
