/**
 * Workspace id of the `LawfulContext` on routes that act in no workspace (`GET /workspaces`, `POST /workspaces`):
 * the nil UUID, which no workspace has, so workspace-scoped rows stay invisible to their ability.
 *
 * @example
 * if (ctx.workspaceId === NO_WORKSPACE_ID) return this.workspaces.listFor(ctx.userId);
 */
export const NO_WORKSPACE_ID = '00000000-0000-0000-0000-000000000000';
