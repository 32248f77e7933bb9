import { IsBoolean } from 'class-validator';

/**
 * Body of `PATCH /workspaces/:workspaceId/members/:membershipId/permissions`: per-member permissions beyond the role.
 *
 * @example
 * const body: UpdateMemberPermissionsDto = { reviewAutomatedDecisions: true };
 */
export class UpdateMemberPermissionsDto {
  @IsBoolean({ message: 'reviewAutomatedDecisions must be true or false: whether the member may review and apply automated decisions' })
  reviewAutomatedDecisions!: boolean;
}
