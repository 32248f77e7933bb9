import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import type { Page } from '../../common/pagination.util';
import { NotesService } from './notes.service';
import type { Note } from './note.entity';
import { CreateNoteDto } from './create-note.dto';
import { ListNotesQuery } from './list-notes.query';
import { UpdateNoteDto } from './update-note.dto';

/**
 * CRM notes of a workspace, for CRM service delivery (policy §3.1).
 *
 * @example
 * // GET /workspaces/:workspaceId/notes?contactId=…
 */
@Controller('workspaces/:workspaceId/notes')
@Purpose('service.crm')
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  /** A page of the workspace's notes. */
  @Get()
  list(@LawfulCtx() ctx: LawfulContext, @Query() query: ListNotesQuery): Promise<Page<Note>> {
    return this.notes.list(ctx, query);
  }

  /** One note; 404 when it is not in this workspace. */
  @Get(':id')
  get(@LawfulCtx() ctx: LawfulContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<Note> {
    return this.notes.get(ctx, id);
  }

  /** Creates a note in the workspace. */
  @Post()
  create(@LawfulCtx() ctx: LawfulContext, @Body() body: CreateNoteDto): Promise<Note> {
    return this.notes.create(ctx, body);
  }

  /** Updates a note of the workspace. */
  @Patch(':id')
  update(@LawfulCtx() ctx: LawfulContext, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateNoteDto): Promise<Note> {
    return this.notes.update(ctx, id, body);
  }

  /** Deletes a note of the workspace (owners and admins). */
  @Delete(':id')
  @HttpCode(204)
  remove(@LawfulCtx() ctx: LawfulContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.notes.remove(ctx, id);
  }
}
