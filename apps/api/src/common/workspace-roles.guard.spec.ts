import { LAWFUL_CONTEXT_KEY, LawfulContextMissingError } from '@lawful/nestjs';
import { Controller, type ExecutionContext, ForbiddenException, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { WorkspaceRole } from '../controller/workspaces/workspace-role';
import { WorkspaceRoles } from './workspace-roles.decorator';
import { WorkspaceRolesGuard } from './workspace-roles.guard';

@Controller()
class Routes {
  @Get() @WorkspaceRoles('owner', 'admin') admin(): string {
    return 'admin';
  }
  @Get() open(): string {
    return 'open';
  }
}

function contextOf(handler: keyof Routes, role?: WorkspaceRole): ExecutionContext {
  const request = {};
  if (role) Object.defineProperty(request, LAWFUL_CONTEXT_KEY, { value: { role, purpose: 'service.workspace', userId: 'u', workspaceId: 'w' } });
  return {
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe('WorkspaceRolesGuard', () => {
  const guard = new WorkspaceRolesGuard(new Reflector());

  it('lets allowed roles through', () => {
    expect(guard.canActivate(contextOf('admin', 'owner'))).toBe(true);
    expect(guard.canActivate(contextOf('admin', 'admin'))).toBe(true);
  });

  it('answers 403 naming the role and the allowed roles', () => {
    let thrown: unknown;
    try {
      guard.canActivate(contextOf('admin', 'member'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ForbiddenException);
    expect((thrown as ForbiddenException).getResponse()).toMatchObject({ statusCode: 403, role: 'member', allowedRoles: ['owner', 'admin'] });
    expect((thrown as ForbiddenException).message).toContain('"member"');
  });

  it('fails closed without a LawfulContext and ignores routes without @WorkspaceRoles', () => {
    expect(() => guard.canActivate(contextOf('admin'))).toThrow(LawfulContextMissingError);
    expect(guard.canActivate(contextOf('open'))).toBe(true);
  });

  it('rejects an empty role list at decoration time', () => {
    expect(() => (WorkspaceRoles as (...roles: WorkspaceRole[]) => unknown)()).toThrow(TypeError);
  });
});
