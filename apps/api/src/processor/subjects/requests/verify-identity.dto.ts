import { IsBoolean, IsIn } from 'class-validator';
import { VERIFICATION_METHODS, type VerificationMethod } from '../../../common/requests/identity-verification.constants';

/**
 * Body of `POST …/subjects/requests/:requestId/verify`: the outcome of the identity check and how it was done.
 *
 * @example
 * const body: VerifyIdentityDto = { verified: true, method: 'email_confirmation' };
 */
export class VerifyIdentityDto {
  @IsBoolean({ message: 'verified must be true or false' })
  verified!: boolean;

  @IsIn(VERIFICATION_METHODS, { message: `method must be one of: ${VERIFICATION_METHODS.join(', ')}` })
  method!: VerificationMethod;
}
