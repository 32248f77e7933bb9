import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { WorkspaceRoles } from '../../common/workspace-roles.decorator';
import { AddMemberDto } from './add-member.dto';
import type { Membership } from './membership.entity';
import { MembershipsService } from './memberships.service';
import { UpdateMemberDto } from './update-member.dto';
import { UpdateMemberPermissionsDto } from './update-member-permissions.dto';

/** Members of a workspace and their roles (policy §5.3, purpose `service.workspace`). */
@Controller('workspaces/:workspaceId/members')
@Purpose('service.workspace')
export class MembershipsController {
  constructor(private readonly memberships: MembershipsService) {}

  /**
   * The workspace's members (any member may list them).
   *
   * @example
   * // GET /workspaces/:workspaceId/members → [{ "id": "…", "userId": "…", "role": "owner", … }]
   */
  @Get()
  list(@LawfulCtx() ctx: LawfulContext): Promise<Membership[]> {
    return this.memberships.list(ctx);
  }

  /** Adds an existing account by email (owners and admins; only owners add owners). */
  @Post()
  @WorkspaceRoles('owner', 'admin')
  add(@LawfulCtx() ctx: LawfulContext, @Body() body: AddMemberDto): Promise<Membership> {
    return this.memberships.add(ctx, body);
  }

  /** Changes a member's role (owners and admins; the last owner cannot be demoted). */
  @Patch(':membershipId')
  @WorkspaceRoles('owner', 'admin')
  update(@LawfulCtx() ctx: LawfulContext, @Param('membershipId', new ParseUUIDPipe()) id: string, @Body() body: UpdateMemberDto): Promise<Membership> {
    return this.memberships.changeRole(ctx, id, body.role);
  }

  /**
   * Sets a member's permissions beyond the role (owners and admins): `reviewAutomatedDecisions` lets a member or viewer
   * review and apply automated decisions (owners and admins hold it by role).
   */
  @Patch(':membershipId/permissions')
  @WorkspaceRoles('owner', 'admin')
  permissions(@LawfulCtx() ctx: LawfulContext, @Param('membershipId', new ParseUUIDPipe()) id: string, @Body() body: UpdateMemberPermissionsDto): Promise<Membership> {
    return this.memberships.setPermissions(ctx, id, body);
  }

  /** Removes a member (owners and admins; the last owner cannot be removed). */
  @Delete(':membershipId')
  @HttpCode(204)
  @WorkspaceRoles('owner', 'admin')
  remove(@LawfulCtx() ctx: LawfulContext, @Param('membershipId', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.memberships.remove(ctx, id);
  }
}
