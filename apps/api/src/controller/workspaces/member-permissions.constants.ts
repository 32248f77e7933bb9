/**
 * The membership permission that lets a member (or viewer) review and apply automated decisions; owners and admins hold
 * it by role. Set with `PATCH /workspaces/:workspaceId/members/:membershipId/permissions`.
 *
 * @example
 * membership.permissions[REVIEW_DECISIONS_PERMISSION] === true;
 */
export const REVIEW_DECISIONS_PERMISSION = 'review_automated_decisions';
