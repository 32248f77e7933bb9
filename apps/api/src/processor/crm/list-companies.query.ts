import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PaginationQuery } from '../../common/pagination.query';

/**
 * Query of `GET /workspaces/:workspaceId/companies`: a page, filtered by industry, size band or domain (exact).
 *
 * @example
 * // GET /workspaces/:workspaceId/companies?industry=Retail&size=11-50
 */
export class ListCompaniesQuery extends PaginationQuery {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100)
  industry?: string;

  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(20)
  size?: string;

  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(253)
  domain?: string;
}
