import { IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { NewRequestDto } from '../../common/requests/new-request.dto';
import { WORKSPACE_SLUG } from '../workspaces/create-workspace.dto';

/**
 * Body of the public `POST /privacy/requests`: who asks (their email), what for, and optionally the slug of the
 * workspace whose CRM holds their data.
 *
 * @example
 * const body: PrivacyIntakeDto = { email: 'ann@example.test', right: 'erasure', jurisdiction: 'gdpr', workspace: 'demo' };
 */
export class PrivacyIntakeDto extends NewRequestDto {
  @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(320)
  email!: string;

  @IsOptional() @IsString() @MaxLength(63) @Matches(WORKSPACE_SLUG, { message: 'workspace must be a workspace slug: lowercase letters and digits separated by single hyphens' })
  workspace?: string;
}
