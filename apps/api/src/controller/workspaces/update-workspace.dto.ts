import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { WORKSPACE_SLUG } from './create-workspace.dto';

/**
 * Body of `PATCH /workspaces/:workspaceId` (owners and admins).
 *
 * @example
 * const body: UpdateWorkspaceDto = { name: 'Acme Europe' };
 */
export class UpdateWorkspaceDto {
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  name?: string;

  @IsOptional() @IsString() @MaxLength(63) @Matches(WORKSPACE_SLUG, { message: 'slug must be lowercase letters and digits separated by single hyphens' })
  slug?: string;
}
