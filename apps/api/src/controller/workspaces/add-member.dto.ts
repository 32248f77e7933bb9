import { IsEmail, IsIn, MaxLength } from 'class-validator';
import { WORKSPACE_ROLES, type WorkspaceRole } from './workspace-role';

/**
 * Body of `POST /workspaces/:workspaceId/members`: an existing account, by email, and its role.
 *
 * @example
 * const body: AddMemberDto = { email: 'new@demo.test', role: 'member' };
 */
export class AddMemberDto {
  @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(320)
  email!: string;

  @IsIn(WORKSPACE_ROLES, { message: `role must be one of: ${WORKSPACE_ROLES.join(', ')}` })
  role!: WorkspaceRole;
}
