import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PaginationQuery } from '../../common/pagination.query';
import { DEAL_OUTCOMES } from './deal-outcome.constants';

/**
 * Query of `GET /workspaces/:workspaceId/deals`: a page, filtered by stage, outcome, contact and company.
 *
 * @example
 * // GET /workspaces/:workspaceId/deals?outcome=open&stage=proposal
 */
export class ListDealsQuery extends PaginationQuery {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(50)
  stage?: string;

  @IsOptional() @IsIn(DEAL_OUTCOMES)
  outcome?: string;

  @IsOptional() @IsUUID()
  contactId?: string;

  @IsOptional() @IsUUID()
  companyId?: string;
}
