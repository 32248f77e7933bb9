import type { WorkspaceFieldRestrictions } from './field-restrictions.types';
import type { WorkspaceRole } from './policy.types';
import type { SubjectStateFilter } from './subject-state.types';

/**
 * Everything `PolicyAbilityFactory.build()` needs about one request.
 *
 * @example
 * const input: BuildAbilityInput = {
 *   workspaceId: 'w1', userId: 'u1', role: 'member', purpose: 'service.crm',
 *   restrictions: { version: 2, hidden: { member: { Contact: ['phone'] } } },
 *   subjectState: [{ entity: 'Contact', reason: 'restriction', exclude: { id: { $in: ['c9'] } } }],
 * };
 */
export interface BuildAbilityInput {
  /** The workspace the request acts in (the tenant); rows of workspace-scoped entities are limited to it. */
  workspaceId: string;
  /** The authenticated user; rows of account-holder entities without a workspace key are limited to theirs. */
  userId: string;
  /** The user's role in `workspaceId`. */
  role: WorkspaceRole;
  /** The registered purpose the request declares. */
  purpose: string;
  /** The workspace's current field restrictions (`NO_RESTRICTIONS` when none). */
  restrictions: WorkspaceFieldRestrictions;
  /** Rows withheld because of their subjects' consent, objection or restriction. */
  subjectState?: readonly SubjectStateFilter[];
}
