import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import type { WorkspaceRole } from '../controller/workspaces/workspace-role';
import { WORKSPACE_ROLES_METADATA } from './workspace-roles.constants';
import { WorkspaceRolesGuard } from './workspace-roles.guard';

/**
 * Restricts a route (or every route of a controller) to members holding one of `roles` in the request's
 * workspace. Needs `@Purpose` on the route too: the role is read from the `LawfulContext` the global
 * `PurposeGuard` builds before route guards run. Other roles get 403 naming their role and the allowed ones.
 *
 * @example
 * @Patch() @Purpose('service.workspace') @WorkspaceRoles('owner', 'admin')
 * update(@LawfulCtx() ctx: LawfulContext, @Body() body: UpdateWorkspaceDto) { ... }
 */
export function WorkspaceRoles(...roles: [WorkspaceRole, ...WorkspaceRole[]]): ClassDecorator & MethodDecorator {
  if (roles.length === 0) throw new TypeError('@WorkspaceRoles() needs at least one role');
  return applyDecorators(SetMetadata(WORKSPACE_ROLES_METADATA, Object.freeze([...new Set(roles)])), UseGuards(WorkspaceRolesGuard));
}
