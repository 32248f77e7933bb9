import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

/** Query of `GET /workspaces/:workspaceId/contacts`. */
export class ListContactsQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  page = 1;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100, { message: 'pageSize must not be greater than 100' })
  pageSize = 25;

  @IsOptional() @IsIn(['lead', 'qualified', 'customer'])
  lifecycleStage?: string;
}
