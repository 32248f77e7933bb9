import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { WorkspaceRoles } from '../../common/workspace-roles.decorator';
import { CreateWorkspaceDto } from './create-workspace.dto';
import { UpdateWorkspaceDto } from './update-workspace.dto';
import type { Workspace } from './workspace.entity';
import type { WorkspaceSummary } from './workspace-summary.types';
import { WorkspacesService } from './workspaces.service';

/** Workspaces (policy §2.1 workspace data, purpose `service.workspace`). */
@Controller('workspaces')
@Purpose('service.workspace')
export class WorkspacesController {
  constructor(private readonly workspaces: WorkspacesService) {}

  /**
   * The caller's workspaces with their role.
   *
   * @example
   * // GET /workspaces → [{ "id": "…", "name": "Demo", "slug": "demo", "role": "owner" }]
   */
  @Get()
  list(@LawfulCtx() ctx: LawfulContext): Promise<WorkspaceSummary[]> {
    return this.workspaces.listFor(ctx.userId);
  }

  /** Creates a workspace; the caller becomes its owner. */
  @Post()
  create(@LawfulCtx() ctx: LawfulContext, @Body() body: CreateWorkspaceDto): Promise<WorkspaceSummary> {
    return this.workspaces.create(ctx.userId, body);
  }

  /** One workspace the caller is a member of (404 otherwise). */
  @Get(':workspaceId')
  get(@LawfulCtx() ctx: LawfulContext): Promise<Workspace> {
    return this.workspaces.get(ctx);
  }

  /** Renames the workspace or changes its slug (owners and admins). */
  @Patch(':workspaceId')
  @WorkspaceRoles('owner', 'admin')
  update(@LawfulCtx() ctx: LawfulContext, @Body() body: UpdateWorkspaceDto): Promise<Workspace> {
    return this.workspaces.update(ctx, body);
  }
}
