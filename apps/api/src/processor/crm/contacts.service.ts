import { type LawfulContext, LawfulQuery } from '@lawful/nestjs';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { definedFilters, findPage, type Page } from '../../common/pagination.util';
import { Membership } from '../../controller/workspaces/membership.entity';
import { Company } from './company.entity';
import { Contact } from './contact.entity';
import { LawfulCrudService } from './lawful-crud.service';
import { assertRowVisible, assertWorkspaceMember } from './linked-rows.util';
import type { ListContactsQuery } from './list-contacts.query';

/**
 * A workspace's CRM contacts through `LawfulQuery`: the fields returned depend on the request's purpose
 * (`service.crm`: all; `support`, `enrichment`, campaigns: the few their annotations allow).
 *
 * @example
 * const page = await contacts.list(ctx, { page: 1, pageSize: 25, lifecycleStage: 'lead' });
 */
@Injectable()
export class ContactsService extends LawfulCrudService<Contact> {
  private readonly companies: LawfulQuery<Company>;
  private readonly memberships: LawfulQuery<Membership>;

  constructor(dataSource: DataSource) {
    super(new LawfulQuery(dataSource.getRepository(Contact)));
    this.companies = new LawfulQuery(dataSource.getRepository(Company));
    this.memberships = new LawfulQuery(dataSource.getRepository(Membership));
  }

  /** A page of contacts, newest first, filtered by lifecycle stage and company. */
  list(ctx: LawfulContext, query: ListContactsQuery): Promise<Page<Contact>> {
    const where = definedFilters(query, ['lifecycleStage', 'companyId']);
    return findPage(this.rows, ctx, query, { where, defaultOrderBy: { createdAt: 'DESC', id: 'ASC' } });
  }

  protected override async assertLinks(ctx: LawfulContext, values: Partial<Contact>): Promise<void> {
    await assertRowVisible(ctx, this.companies, values.companyId);
    await assertWorkspaceMember(ctx, this.memberships, values.ownerUserId);
  }
}
