import type { WorkspaceRole } from './workspace-role';

/**
 * One of the caller's workspaces with their role in it (`GET /workspaces`, `POST /workspaces`).
 *
 * @example
 * const summary: WorkspaceSummary = { id: 'w1', name: 'Demo', slug: 'demo', role: 'owner' };
 */
export interface WorkspaceSummary {
  id: string;
  name: string;
  slug: string;
  role: WorkspaceRole;
}
