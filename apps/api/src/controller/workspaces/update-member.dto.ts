import { IsIn } from 'class-validator';
import { WORKSPACE_ROLES, type WorkspaceRole } from './workspace-role';

/**
 * Body of `PATCH /workspaces/:workspaceId/members/:membershipId`.
 *
 * @example
 * const body: UpdateMemberDto = { role: 'viewer' };
 */
export class UpdateMemberDto {
  @IsIn(WORKSPACE_ROLES, { message: `role must be one of: ${WORKSPACE_ROLES.join(', ')}` })
  role!: WorkspaceRole;
}
