import { type LawfulContext, type LawfulFindOptions, LawfulQuery } from '@lawful/nestjs';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { definedFilters, findPage, type Page } from '../../common/pagination.util';
import { Contact } from './contact.entity';
import type { CreateNoteDto } from './create-note.dto';
import { LawfulCrudService } from './lawful-crud.service';
import type { ListNotesQuery } from './list-notes.query';
import { Note } from './note.entity';
import { NoteContact } from './note-contact.entity';

/**
 * A workspace's CRM notes through `LawfulQuery` (purpose `service.crm`), linked to contacts via `NoteContact`.
 * The author is the caller; linked contacts must be readable by the caller (404 otherwise).
 *
 * @example
 * const note = await notes.create(ctx, { body: 'Wants a quote', contactIds: [contactId] });
 */
@Injectable()
export class NotesService extends LawfulCrudService<Note> {
  private readonly contacts: LawfulQuery<Contact>;
  private readonly links: LawfulQuery<NoteContact>;

  constructor(private readonly dataSource: DataSource) {
    super(new LawfulQuery(dataSource.getRepository(Note)));
    this.contacts = new LawfulQuery(dataSource.getRepository(Contact));
    this.links = new LawfulQuery(dataSource.getRepository(NoteContact));
  }

  /** A page of notes, newest first, by author and/or about one contact (through its visible links). */
  async list(ctx: LawfulContext, query: ListNotesQuery): Promise<Page<Note>> {
    const where: NonNullable<LawfulFindOptions<Note>['where']> = definedFilters(query, ['authorUserId']);
    if (query.contactId !== undefined) {
      const links = await this.links.find(ctx, { where: { contactId: query.contactId } });
      where.id = { $in: links.map((link) => link.noteId) };
    }
    return findPage(this.rows, ctx, query, { where, defaultOrderBy: { createdAt: 'DESC', id: 'ASC' } });
  }

  /** Creates the note with the caller as author, then links it to each contact of `contactIds`. */
  override async create(ctx: LawfulContext, body: CreateNoteDto): Promise<Note> {
    const { contactIds = [], ...values } = body;
    for (const contactId of contactIds) await this.contacts.findOne(ctx, contactId);
    // The note and its links are written in one transaction: a failed link leaves no note behind.
    return this.dataSource.transaction(async (manager) => {
      const note = await new LawfulQuery(manager.getRepository(Note)).create(ctx, { ...values, authorUserId: ctx.userId });
      const links = new LawfulQuery(manager.getRepository(NoteContact));
      for (const contactId of contactIds) await links.create(ctx, { noteId: note.id, contactId });
      return note;
    });
  }
}
