import { IsDefined, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PostalAddressDto } from './postal-address.dto';

/**
 * Body of `POST /workspaces/:workspaceId/companies` (`name` required). Validates shape only: which fields the
 * caller may write is the policy's (403 naming them).
 *
 * @example
 * // POST { "name": "Acme Ltd", "domain": "acme.example", "industry": "Manufacturing" }
 */
export class CreateCompanyDto extends PostalAddressDto {
  @IsDefined() @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;

  @IsOptional() @IsString() @MaxLength(253)
  domain?: string | null;

  @IsOptional() @IsString() @MaxLength(100)
  industry?: string | null;

  @IsOptional() @IsString() @MaxLength(20)
  size?: string | null;

  @IsOptional() @IsString() @MaxLength(50)
  phone?: string | null;
}
