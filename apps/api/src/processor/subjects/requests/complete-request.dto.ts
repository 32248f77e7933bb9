import { IsIn } from 'class-validator';
import { REQUEST_OUTCOMES, type RequestOutcome } from '../../../common/requests/request-closure.constants';

/**
 * Body of `POST …/subjects/requests/:requestId/complete`.
 *
 * @example
 * const body: CompleteRequestDto = { outcome: 'fulfilled' };
 */
export class CompleteRequestDto {
  @IsIn(REQUEST_OUTCOMES, { message: `outcome must be one of: ${REQUEST_OUTCOMES.join(', ')}` })
  outcome!: RequestOutcome;
}
