import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import type { Page } from '../../common/pagination.util';
import type { Contact } from './contact.entity';
import { ContactsService } from './contacts.service';
import { CreateContactDto } from './create-contact.dto';
import { ListContactsQuery } from './list-contacts.query';
import { UpdateContactDto } from './update-contact.dto';

/**
 * CRM contacts of a workspace (policy §3.1). Writes run under `service.crm`; reads also under `support` and
 * `enrichment` (legitimate interests) and `service.communications.campaigns` (consent: only contacts with a
 * recorded consent), the client choosing with `X-Purpose`: each purpose sees only the fields annotated for it.
 *
 * @example
 * // GET /workspaces/:workspaceId/contacts?lifecycleStage=lead   (X-Purpose: service.crm)
 */
@Controller('workspaces/:workspaceId/contacts')
@Purpose('service.crm')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  /** A page of the workspace's contacts, with the fields the caller's role and purpose permit. */
  @Get()
  @Purpose('service.crm', 'support', 'enrichment', 'service.communications.campaigns')
  list(@LawfulCtx() ctx: LawfulContext, @Query() query: ListContactsQuery): Promise<Page<Contact>> {
    return this.contacts.list(ctx, query);
  }

  /** One contact; 404 when it is not in this workspace. */
  @Get(':id')
  @Purpose('service.crm', 'support', 'enrichment', 'service.communications.campaigns')
  get(@LawfulCtx() ctx: LawfulContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<Contact> {
    return this.contacts.get(ctx, id);
  }

  /** Creates a contact in the workspace (403 naming fields the caller may not write). */
  @Post()
  create(@LawfulCtx() ctx: LawfulContext, @Body() body: CreateContactDto): Promise<Contact> {
    return this.contacts.create(ctx, body);
  }

  /** Updates a contact of the workspace. */
  @Patch(':id')
  update(@LawfulCtx() ctx: LawfulContext, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateContactDto): Promise<Contact> {
    return this.contacts.update(ctx, id, body);
  }

  /** Deletes a contact of the workspace (owners and admins). */
  @Delete(':id')
  @HttpCode(204)
  remove(@LawfulCtx() ctx: LawfulContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.contacts.remove(ctx, id);
  }
}
