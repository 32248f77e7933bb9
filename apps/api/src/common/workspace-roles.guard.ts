import { getLawfulContext } from '@lawful/nestjs';
import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { WorkspaceRole } from '../controller/workspaces/workspace-role';
import { WORKSPACE_ROLES_METADATA } from './workspace-roles.constants';

/**
 * Enforces `@WorkspaceRoles(...)`: lets the request through when the caller's workspace role (from the
 * `LawfulContext`) is allowed, else 403 `{ statusCode, error, message, role, allowedRoles }`. A route with
 * `@WorkspaceRoles` but no `@Purpose` has no context: `LawfulContextMissingError` (500, a programming error),
 * never an open door. Routes without `@WorkspaceRoles` pass.
 *
 * @example
 * // applied by @WorkspaceRoles('owner', 'admin'); nothing else to register
 */
@Injectable()
export class WorkspaceRolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const allowed = this.reflector.getAllAndOverride<readonly WorkspaceRole[] | undefined>(WORKSPACE_ROLES_METADATA, [context.getHandler(), context.getClass()]);
    if (allowed === undefined) return true;
    const { role } = getLawfulContext(context.switchToHttp().getRequest<object>());
    if (allowed.includes(role)) return true;
    throw new ForbiddenException({
      statusCode: 403,
      error: 'Forbidden',
      message: `Your role in this workspace is "${role}"; this action needs one of: ${allowed.join(', ')}`,
      role,
      allowedRoles: [...allowed],
    });
  }
}
