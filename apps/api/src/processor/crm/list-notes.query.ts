import { IsOptional, IsUUID } from 'class-validator';
import { PaginationQuery } from '../../common/pagination.query';

/**
 * Query of `GET /workspaces/:workspaceId/notes`: a page, filtered by a contact the notes are about and by author.
 *
 * @example
 * // GET /workspaces/:workspaceId/notes?contactId=…
 */
export class ListNotesQuery extends PaginationQuery {
  @IsOptional() @IsUUID()
  contactId?: string;

  @IsOptional() @IsUUID()
  authorUserId?: string;
}
