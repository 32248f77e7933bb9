import { IsIn, IsOptional, IsUUID } from 'class-validator';

/**
 * The words an account holder sends to confirm the erasure of their account.
 *
 * @example
 * await post('/me/privacy/erasure', { confirm: ERASE_ACCOUNT_CONFIRMATION });
 */
export const ERASE_ACCOUNT_CONFIRMATION = 'erase my account';

/**
 * Body of `POST /me/privacy/erasure`: an explicit confirmation, and optionally the caller's erasure request it
 * answers.
 *
 * @example
 * const body: EraseAccountDto = { confirm: 'erase my account' };
 */
export class EraseAccountDto {
  @IsIn([ERASE_ACCOUNT_CONFIRMATION], { message: `confirm must be exactly "${ERASE_ACCOUNT_CONFIRMATION}": the erasure deletes your account and cannot be undone` })
  confirm!: string;

  @IsOptional()
  @IsUUID('all', { message: 'requestId must be the id of one of your erasure requests (a UUID)' })
  requestId?: string;
}
