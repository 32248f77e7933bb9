import { IsBoolean, IsDefined, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, MaxLength } from 'class-validator';
import { CONTACT_LIFECYCLE_STAGES } from './contact-lifecycle.constants';
import { OptionalNotNull } from './optional-not-null.decorator';
import { PostalAddressDto } from './postal-address.dto';

/**
 * Body of `POST /workspaces/:workspaceId/contacts` (`firstName` required). Validates shape only: which fields the
 * caller may write is the policy's (403 naming them); the workspace and id are set server-side (a body naming
 * them is rejected); `companyId` and `ownerUserId` must be the workspace's own (404).
 *
 * @example
 * // POST { "firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.test", "lifecycleStage": "lead" }
 */
export class CreateContactDto extends PostalAddressDto {
  @IsDefined() @IsString() @IsNotEmpty() @MaxLength(200)
  firstName!: string;

  @IsOptional() @IsString() @MaxLength(200)
  lastName?: string | null;

  @IsOptional() @IsEmail() @MaxLength(320)
  email?: string | null;

  @IsOptional() @IsString() @MaxLength(50)
  phone?: string | null;

  @IsOptional() @IsString() @MaxLength(200)
  jobTitle?: string | null;

  @IsOptional() @IsUUID()
  companyId?: string | null;

  @IsOptional() @IsUUID()
  ownerUserId?: string | null;

  @IsOptional() @IsUrl() @MaxLength(2000)
  websiteUrl?: string | null;

  @IsOptional() @IsUrl() @MaxLength(2000)
  linkedinUrl?: string | null;

  @OptionalNotNull() @IsIn(CONTACT_LIFECYCLE_STAGES)
  lifecycleStage?: string;

  @IsOptional() @IsString() @MaxLength(100)
  source?: string | null;

  @OptionalNotNull() @IsBoolean()
  doNotContact?: boolean;
}
