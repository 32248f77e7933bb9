import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUrl, Length, Matches } from 'class-validator';

/**
 * Body of `PATCH /me/privacy/profile` (rectification, GDPR Art. 16, CCPA right to correct): the account fields an
 * account holder corrects themselves. The sign-in email is changed through a verified flow, not here; fields from
 * third parties (Google, SSO, verification results) are refreshed at their source.
 *
 * @example
 * // PATCH /me/privacy/profile { "name": "Ada King", "timezone": "Europe/London" }
 */
export class RectifyProfileDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Matches(/^\+?[0-9 ()-]{5,32}$/, { message: 'phone must be digits, spaces, (), - and an optional leading +' }) phone?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(1, 100) firstName?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(1, 100) lastName?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) timezone?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-z]{2}(-[A-Z]{2})?$/, { message: 'language must be a language tag such as en or fr-CA' }) language?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUrl({ protocols: ['https'], require_protocol: true }) photoUrl?: string | null;
}
