import { IsDefined, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { DEAL_OUTCOMES } from './deal-outcome.constants';
import { OptionalNotNull } from './optional-not-null.decorator';

/**
 * Body of `POST /workspaces/:workspaceId/deals` (`title` required). Validates shape only: which fields the caller
 * may write is the policy's (403 naming them); linked contact, company and owner must be the workspace's own (404).
 *
 * @example
 * // POST { "title": "Pilot", "value": "5000", "currency": "CAD", "stage": "new", "contactId": "…" }
 */
export class CreateDealDto {
  @IsDefined() @IsString() @IsNotEmpty() @MaxLength(200)
  title!: string;

  @IsOptional() @Matches(/^\d{1,12}(\.\d{1,2})?$/, { message: 'value must be a decimal string with at most 2 decimals' })
  value?: string | null;

  @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency?: string | null;

  @OptionalNotNull() @IsString() @IsNotEmpty() @MaxLength(50)
  stage?: string;

  @OptionalNotNull() @IsIn(DEAL_OUTCOMES)
  outcome?: string;

  @IsOptional() @IsUUID()
  contactId?: string | null;

  @IsOptional() @IsUUID()
  companyId?: string | null;

  @IsOptional() @IsUUID()
  ownerUserId?: string | null;

  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'expectedCloseDate must be a date (YYYY-MM-DD)' }) @IsISO8601({ strict: true })
  expectedCloseDate?: string | null;

  @IsOptional() @IsISO8601({ strict: true })
  closedAt?: string | null;
}
