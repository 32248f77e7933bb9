import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

/**
 * Body of `POST …/subjects/requests/:requestId/extend`: the reason (told to the requester) and either `months`
 * (GDPR, UK GDPR) or `days` (CCPA, PIPEDA). What the jurisdiction allows is decided by `@lawful/rights`: 400 for a
 * blank reason or neither/both of months and days, 409 beyond its limits (Quebec Law 25 allows none).
 *
 * @example
 * const body: ExtendRequestDto = { months: 2, reason: 'Records spread over 14 systems' };
 */
export class ExtendRequestDto {
  @IsString({ message: 'reason is required: say why the deadline is extended (it is told to the requester)' }) @MaxLength(1000)
  reason!: string;

  @IsOptional() @IsInt() @Min(1)
  months?: number;

  @IsOptional() @IsInt() @Min(1)
  days?: number;
}
