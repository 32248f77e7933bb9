/**
 * Metadata key holding the roles `@WorkspaceRoles` allows on a route or controller.
 *
 * @example
 * reflector.getAllAndOverride(WORKSPACE_ROLES_METADATA, [context.getHandler(), context.getClass()]);
 */
export const WORKSPACE_ROLES_METADATA = 'api:workspace-roles';
