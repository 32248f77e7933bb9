import { type LawfulContext, LawfulQuery } from '@lawful/nestjs';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { definedFilters, findPage, type Page } from '../../common/pagination.util';
import { Company } from './company.entity';
import { LawfulCrudService } from './lawful-crud.service';
import type { ListCompaniesQuery } from './list-companies.query';

/**
 * A workspace's CRM companies through `LawfulQuery` (purpose `service.crm`).
 *
 * @example
 * const page = await companies.list(ctx, { page: 1, pageSize: 25, industry: 'Retail' });
 */
@Injectable()
export class CompaniesService extends LawfulCrudService<Company> {
  constructor(dataSource: DataSource) {
    super(new LawfulQuery(dataSource.getRepository(Company)));
  }

  /** A page of companies, by name, filtered by industry, size band and domain. */
  list(ctx: LawfulContext, query: ListCompaniesQuery): Promise<Page<Company>> {
    const where = definedFilters(query, ['industry', 'size', 'domain']);
    return findPage(this.rows, ctx, query, { where, defaultOrderBy: { name: 'ASC', id: 'ASC' } });
  }
}
