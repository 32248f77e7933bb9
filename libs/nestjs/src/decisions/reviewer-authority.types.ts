import type { EntityManager } from 'typeorm';

/**
 * Who holds review permission for automated decisions in a workspace — the application decides (e.g. owners and
 * admins). The gate asks before every review and every application of an effect, inside the step's transaction.
 *
 * @example
 * @Injectable()
 * class WorkspaceReviewerAuthority implements ReviewerAuthority {
 *   async mayReview(workspaceId: string, userId: string, manager: EntityManager) {
 *     const [row] = await manager.query('SELECT role FROM memberships WHERE workspace_id = $1 AND user_id = $2', [workspaceId, userId]);
 *     return row?.role === 'owner' || row?.role === 'admin';
 *   }
 * }
 */
export interface ReviewerAuthority {
  mayReview(workspaceId: string, userId: string, manager: EntityManager): Promise<boolean>;
}
