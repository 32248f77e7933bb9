import { DECISION_STATUSES, type DecisionStatus } from '@lawful/decisions';
import { IsIn, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { PaginationQuery } from '../../common/pagination.query';

/**
 * Query of `GET /workspaces/:workspaceId/decisions`.
 *
 * @example
 * // GET /workspaces/:workspaceId/decisions?status=proposed&effect=contact.disqualify&page=2
 */
export class ListDecisionsQuery extends PaginationQuery {
  @IsOptional()
  @IsIn(DECISION_STATUSES, { message: `status must be one of: ${DECISION_STATUSES.join(', ')}` })
  status?: DecisionStatus;

  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, { message: 'effect must be an effect key such as contact.disqualify' })
  effect?: string;

  @IsOptional()
  @IsUUID('all', { message: 'contactId must be a contact id (uuid)' })
  contactId?: string;
}
