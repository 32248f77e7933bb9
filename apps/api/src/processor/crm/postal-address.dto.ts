import { IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * The postal address properties shared by contact and company bodies (each optional; `null` clears it).
 *
 * @example
 * export class CreateCompanyDto extends PostalAddressDto { @IsDefined() @IsString() name!: string; }
 */
export class PostalAddressDto {
  @IsOptional() @IsString() @MaxLength(300)
  addressStreet?: string | null;

  @IsOptional() @IsString() @MaxLength(200)
  addressCity?: string | null;

  @IsOptional() @IsString() @MaxLength(200)
  addressRegion?: string | null;

  @IsOptional() @IsString() @MaxLength(20)
  addressPostalCode?: string | null;

  @IsOptional() @IsString() @MaxLength(100)
  addressCountry?: string | null;
}
