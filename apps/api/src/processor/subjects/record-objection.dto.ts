import { IsString, MaxLength } from 'class-validator';

/**
 * Body of `POST /workspaces/:workspaceId/subjects/:contactId/objections` (GDPR Art. 21).
 *
 * @example
 * const body: RecordObjectionDto = { purpose: 'ai.lead_scoring' };
 */
export class RecordObjectionDto {
  @IsString() @MaxLength(200)
  purpose!: string;
}
