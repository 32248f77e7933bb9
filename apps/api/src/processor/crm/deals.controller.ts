import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import type { Page } from '../../common/pagination.util';
import { DealsService } from './deals.service';
import type { Deal } from './deal.entity';
import { CreateDealDto } from './create-deal.dto';
import { ListDealsQuery } from './list-deals.query';
import { UpdateDealDto } from './update-deal.dto';

/**
 * Deals of a workspace, for CRM service delivery (policy §3.1).
 *
 * @example
 * // GET /workspaces/:workspaceId/deals?outcome=open&stage=proposal
 */
@Controller('workspaces/:workspaceId/deals')
@Purpose('service.crm')
export class DealsController {
  constructor(private readonly deals: DealsService) {}

  /** A page of the workspace's deals. */
  @Get()
  list(@LawfulCtx() ctx: LawfulContext, @Query() query: ListDealsQuery): Promise<Page<Deal>> {
    return this.deals.list(ctx, query);
  }

  /** One deal; 404 when it is not in this workspace. */
  @Get(':id')
  get(@LawfulCtx() ctx: LawfulContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<Deal> {
    return this.deals.get(ctx, id);
  }

  /** Creates a deal in the workspace. */
  @Post()
  create(@LawfulCtx() ctx: LawfulContext, @Body() body: CreateDealDto): Promise<Deal> {
    return this.deals.create(ctx, body);
  }

  /** Updates a deal of the workspace. */
  @Patch(':id')
  update(@LawfulCtx() ctx: LawfulContext, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateDealDto): Promise<Deal> {
    return this.deals.update(ctx, id, body);
  }

  /** Deletes a deal of the workspace (owners and admins). */
  @Delete(':id')
  @HttpCode(204)
  remove(@LawfulCtx() ctx: LawfulContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.deals.remove(ctx, id);
  }
}
