import { IsIn } from 'class-validator';
import { RESTRICTION_REASONS, type RestrictionReason } from './restriction-reason';

/**
 * Body of `POST /workspaces/:workspaceId/subjects/:contactId/restriction` (GDPR Art. 18).
 *
 * @example
 * const body: RestrictProcessingDto = { reason: 'accuracy_contested' };
 */
export class RestrictProcessingDto {
  @IsIn(RESTRICTION_REASONS, { message: `reason must be one of: ${RESTRICTION_REASONS.join(', ')}` })
  reason!: RestrictionReason;
}
