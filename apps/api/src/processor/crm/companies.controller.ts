import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import type { Page } from '../../common/pagination.util';
import { CompaniesService } from './companies.service';
import type { Company } from './company.entity';
import { CreateCompanyDto } from './create-company.dto';
import { ListCompaniesQuery } from './list-companies.query';
import { UpdateCompanyDto } from './update-company.dto';

/**
 * CRM companies of a workspace, for CRM service delivery (policy §3.1).
 *
 * @example
 * // GET /workspaces/:workspaceId/companies?industry=Retail
 */
@Controller('workspaces/:workspaceId/companies')
@Purpose('service.crm')
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  /** A page of the workspace's companies. */
  @Get()
  list(@LawfulCtx() ctx: LawfulContext, @Query() query: ListCompaniesQuery): Promise<Page<Company>> {
    return this.companies.list(ctx, query);
  }

  /** One company; 404 when it is not in this workspace. */
  @Get(':id')
  get(@LawfulCtx() ctx: LawfulContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<Company> {
    return this.companies.get(ctx, id);
  }

  /** Creates a company in the workspace. */
  @Post()
  create(@LawfulCtx() ctx: LawfulContext, @Body() body: CreateCompanyDto): Promise<Company> {
    return this.companies.create(ctx, body);
  }

  /** Updates a company of the workspace. */
  @Patch(':id')
  update(@LawfulCtx() ctx: LawfulContext, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateCompanyDto): Promise<Company> {
    return this.companies.update(ctx, id, body);
  }

  /** Deletes a company of the workspace (owners and admins); its contacts and deals keep existing, unlinked. */
  @Delete(':id')
  @HttpCode(204)
  remove(@LawfulCtx() ctx: LawfulContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.companies.remove(ctx, id);
  }
}
