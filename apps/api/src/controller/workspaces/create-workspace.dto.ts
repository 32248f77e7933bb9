import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** Slug of a workspace URL: lowercase letters and digits, single hyphens between them. */
export const WORKSPACE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Body of `POST /workspaces`.
 *
 * @example
 * const body: CreateWorkspaceDto = { name: 'Acme', slug: 'acme' };
 */
export class CreateWorkspaceDto {
  @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @IsString() @MaxLength(63) @Matches(WORKSPACE_SLUG, { message: 'slug must be lowercase letters and digits separated by single hyphens' })
  slug!: string;
}
