import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Largest page a list route returns. */
export const MAX_PAGE_SIZE = 100;

/**
 * `page` (1-based, default 1) and `pageSize` (1–100, default 25) of a list route's query string. Extend it with
 * the route's filters; the global ValidationPipe answers 400 with one message per invalid field.
 *
 * @example
 * export class ListDealsQuery extends PaginationQuery {
 *   @IsOptional() @IsIn(['open', 'won', 'lost']) outcome?: string;
 * }
 */
export class PaginationQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  page = 1;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_PAGE_SIZE, { message: `pageSize must not be greater than ${MAX_PAGE_SIZE}` })
  pageSize = 25;
}
