import { type LawfulContext, LawfulQuery } from '@lawful/nestjs';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { definedFilters, findPage, type Page } from '../../common/pagination.util';
import { Membership } from '../../controller/workspaces/membership.entity';
import { Company } from './company.entity';
import { Contact } from './contact.entity';
import { Deal } from './deal.entity';
import { LawfulCrudService } from './lawful-crud.service';
import { assertRowVisible, assertWorkspaceMember } from './linked-rows.util';
import type { ListDealsQuery } from './list-deals.query';

/**
 * A workspace's deals through `LawfulQuery` (purpose `service.crm`); linked contact, company and owner must be
 * the workspace's own.
 *
 * @example
 * const open = await deals.list(ctx, { page: 1, pageSize: 25, outcome: 'open' });
 */
@Injectable()
export class DealsService extends LawfulCrudService<Deal> {
  private readonly contacts: LawfulQuery<Contact>;
  private readonly companies: LawfulQuery<Company>;
  private readonly memberships: LawfulQuery<Membership>;

  constructor(dataSource: DataSource) {
    super(new LawfulQuery(dataSource.getRepository(Deal)));
    this.contacts = new LawfulQuery(dataSource.getRepository(Contact));
    this.companies = new LawfulQuery(dataSource.getRepository(Company));
    this.memberships = new LawfulQuery(dataSource.getRepository(Membership));
  }

  /** A page of deals, newest first, filtered by stage, outcome, contact and company. */
  list(ctx: LawfulContext, query: ListDealsQuery): Promise<Page<Deal>> {
    const where = definedFilters(query, ['stage', 'outcome', 'contactId', 'companyId']);
    return findPage(this.rows, ctx, query, { where, defaultOrderBy: { createdAt: 'DESC', id: 'ASC' } });
  }

  protected override async assertLinks(ctx: LawfulContext, values: Partial<Deal>): Promise<void> {
    await assertRowVisible(ctx, this.contacts, values.contactId);
    await assertRowVisible(ctx, this.companies, values.companyId);
    await assertWorkspaceMember(ctx, this.memberships, values.ownerUserId);
  }
}
