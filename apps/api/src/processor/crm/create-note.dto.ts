import { ArrayMaxSize, ArrayUnique, IsArray, IsDefined, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/**
 * Body of `POST /workspaces/:workspaceId/notes`: the text (required) and the workspace's contacts it is about
 * (each must be readable by the caller, else 404). The author is the caller.
 *
 * @example
 * // POST { "body": "Met at the fair; interested in the pilot.", "contactIds": ["…"] }
 */
export class CreateNoteDto {
  @IsDefined() @IsString() @IsNotEmpty() @MaxLength(20_000)
  body!: string;

  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true })
  contactIds?: string[];
}
