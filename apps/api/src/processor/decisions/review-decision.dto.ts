import { MIN_RATIONALE_LENGTH, REVIEW_OUTCOMES, type ReviewOutcome } from '@lawful/decisions';
import { IsIn, IsObject, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/**
 * Body of `POST /workspaces/:workspaceId/decisions/:decisionId/reviews`.
 *
 * @example
 * const body: ReviewDecisionDto = { outcome: 'modified', rationale: 'Right lead, wrong owner: EMEA handles it.', params: { ownerUserId } };
 */
export class ReviewDecisionDto {
  @IsIn(REVIEW_OUTCOMES, { message: `outcome must be one of: ${REVIEW_OUTCOMES.join(', ')}` })
  outcome!: ReviewOutcome;

  @IsString({ message: 'rationale must be the written reasons for the outcome' })
  @MinLength(MIN_RATIONALE_LENGTH, { message: `rationale must be at least ${MIN_RATIONALE_LENGTH} characters: say why you approve, modify or reject` })
  @MaxLength(4000)
  rationale!: string;

  @IsOptional()
  @IsObject({ message: 'params must be an object with the changed effect parameters (only for outcome "modified")' })
  params?: Record<string, unknown>;
}
