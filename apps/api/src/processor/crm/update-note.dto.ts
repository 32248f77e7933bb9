import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateNoteDto } from './create-note.dto';

/**
 * Body of `PATCH /workspaces/:workspaceId/notes/:id`: the note's text (contacts are linked at creation; the
 * author never changes).
 *
 * @example
 * // PATCH { "body": "Called back, wants a quote by Friday." }
 */
export class UpdateNoteDto extends PartialType(OmitType(CreateNoteDto, ['contactIds'] as const), { skipNullProperties: false }) {}
