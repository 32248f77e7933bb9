import { IsIn } from 'class-validator';
import { REJECTION_REASONS, type RejectionReason } from '../../../common/requests/request-closure.constants';

/**
 * Body of `POST …/subjects/requests/:requestId/reject`.
 *
 * @example
 * const body: RejectRequestDto = { reason: 'manifestly_unfounded' };
 */
export class RejectRequestDto {
  @IsIn(REJECTION_REASONS, { message: `reason must be one of: ${REJECTION_REASONS.join(', ')}` })
  reason!: RejectionReason;
}
