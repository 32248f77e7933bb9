import { IsOptional, IsUUID } from 'class-validator';

/**
 * Body of `POST /workspaces/:workspaceId/subjects/:contactId/erasure` (may be empty).
 *
 * @example
 * const body: EraseContactDto = { requestId: 'b9c1…' }; // completes that erasure request in the same transaction
 */
export class EraseContactDto {
  @IsOptional()
  @IsUUID('all', { message: 'requestId must be the id of one of the workspace’s erasure requests (a UUID)' })
  requestId?: string;
}
