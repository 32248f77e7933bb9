/** Roles a member can hold in a workspace, most privileged first (policy §2.1 workspace data, §5.3). */
export const WORKSPACE_ROLES = ['owner', 'admin', 'member', 'viewer'] as const;

/** One of `WORKSPACE_ROLES`. */
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];
