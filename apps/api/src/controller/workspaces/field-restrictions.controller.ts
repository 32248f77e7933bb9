import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import type { WorkspaceFieldRestrictions } from '@lawful/policy';
import { Body, Controller, Get, Put } from '@nestjs/common';
import { WorkspaceRoles } from '../../common/workspace-roles.decorator';
import { FieldRestrictionsService } from './field-restrictions.service';
import { PutFieldRestrictionsDto } from './put-field-restrictions.dto';

/** Which fields members and viewers of a workspace may not see (policy §5.3; owners and admins only). */
@Controller('workspaces/:workspaceId/field-restrictions')
@Purpose('service.workspace')
@WorkspaceRoles('owner', 'admin')
export class FieldRestrictionsController {
  constructor(private readonly restrictions: FieldRestrictionsService) {}

  /**
   * The current version.
   *
   * @example
   * // GET /workspaces/:workspaceId/field-restrictions → { "version": 2, "hidden": { "member": { "Contact": ["phone"] } } }
   */
  @Get()
  get(@LawfulCtx() ctx: LawfulContext): Promise<WorkspaceFieldRestrictions> {
    return this.restrictions.current(ctx.workspaceId);
  }

  /** Replaces the restrictions (stored as the next version); effective from the next request. */
  @Put()
  put(@LawfulCtx() ctx: LawfulContext, @Body() body: PutFieldRestrictionsDto): Promise<WorkspaceFieldRestrictions> {
    return this.restrictions.replace(ctx.workspaceId, ctx.userId, body.hidden);
  }
}
