import { type LawfulContext, LawfulCtx, LawfulQuery, Purpose } from '@lawful/nestjs';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Contact } from './contact.entity';
import { ListContactsQuery } from './list-contacts.query';

/** CRM contacts of a workspace, for CRM service delivery (policy §3.1). */
@Controller('workspaces/:workspaceId/contacts')
@Purpose('service.crm')
export class ContactsController {
  private readonly contacts: LawfulQuery<Contact>;

  constructor(dataSource: DataSource) {
    this.contacts = new LawfulQuery(dataSource.getRepository(Contact));
  }

  /**
   * A page of the workspace's contacts, with the fields the caller's role and purpose permit.
   *
   * @example
   * // GET /workspaces/:workspaceId/contacts?page=1&pageSize=20&lifecycleStage=lead
   */
  @Get()
  async list(@LawfulCtx() ctx: LawfulContext, @Query() query: ListContactsQuery): Promise<{ items: Contact[]; page: number; pageSize: number; total: number }> {
    const where = query.lifecycleStage ? { lifecycleStage: query.lifecycleStage } : {};
    const [items, total] = await Promise.all([
      this.contacts.find(ctx, { where, orderBy: { lastName: 'ASC', id: 'ASC' }, take: query.pageSize, skip: (query.page - 1) * query.pageSize }),
      this.contacts.count(ctx, { where }),
    ]);
    return { items, page: query.page, pageSize: query.pageSize, total };
  }

  /** One contact; 404 when it is not in this workspace. */
  @Get(':id')
  get(@LawfulCtx() ctx: LawfulContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<Contact> {
    return this.contacts.findOne(ctx, id);
  }
}
