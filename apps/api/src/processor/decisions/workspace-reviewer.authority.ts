import type { ReviewerAuthority } from '@lawful/nestjs';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { REVIEW_DECISIONS_PERMISSION } from '../../controller/workspaces/member-permissions.constants';
import { Membership } from '../../controller/workspaces/membership.entity';

/**
 * Who may review and apply automated decisions in a workspace: owners and admins, and members granted
 * `permissions.review_automated_decisions` by an admin. Read in the gate's transaction, so a demotion takes effect
 * on the next step.
 *
 * @example
 * LawfulDecisionsModule.forRoot({ reviewerAuthority: WorkspaceReviewerAuthority });
 */
@Injectable()
export class WorkspaceReviewerAuthority implements ReviewerAuthority {
  async mayReview(workspaceId: string, userId: string, manager: EntityManager): Promise<boolean> {
    const membership = await manager.findOne(Membership, { where: { workspaceId, userId }, select: { id: true, role: true, permissions: true } });
    if (!membership) return false;
    return membership.role === 'owner' || membership.role === 'admin' || membership.permissions?.[REVIEW_DECISIONS_PERMISSION] === true;
  }
}
