import { SignificantEffect } from '@lawful/annotations';
import { InvalidEffectParamsError } from '@lawful/decisions';
import type { EffectGrant, GatedEffectHandler } from '@lawful/nestjs';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Membership } from '../../../controller/workspaces/membership.entity';
import { Contact } from '../../crm/contact.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Parameters of `contact.reassign_owner`. */
export interface ReassignOwnerParams {
  ownerUserId: string;
}

/**
 * Gated effect: a hot lead is given to the member who closes most deals. The new owner must be a member of the
 * workspace who can work contacts (not a viewer). Suspension restores the previous owner unless a person reassigned it since.
 *
 * @example
 * await gate.review(actor, decisionId, { outcome: 'modified', rationale: 'EMEA lead instead.', params: { ownerUserId } });
 */
@SignificantEffect({
  key: 'contact.reassign_owner',
  purpose: 'ai.lead_scoring',
  subject: 'crm_contact',
  description: 'Gives the contact to another owner in the workspace, who will contact them.',
  logic: 'Proposed when the workspace-only logistic regression scores the lead at 0.8 or more and its owner is not the member with the most won deals in the workspace.',
})
@Injectable()
export class ReassignOwnerEffect implements GatedEffectHandler<ReassignOwnerParams, { ownerUserId: string | null }> {
  async parse(params: unknown, context: { workspaceId: string; manager: EntityManager }): Promise<ReassignOwnerParams> {
    const owner = (params as { ownerUserId?: unknown } | null)?.ownerUserId;
    const extra = typeof params === 'object' && params !== null ? Object.keys(params).filter((k) => k !== 'ownerUserId') : [];
    if (typeof owner !== 'string' || !UUID.test(owner) || extra.length > 0) {
      throw new InvalidEffectParamsError('contact.reassign_owner', undefined, 'send { "ownerUserId": "<user id of a workspace member>" } and nothing else');
    }
    const membership = await context.manager.findOne(Membership, { where: { workspaceId: context.workspaceId, userId: owner }, select: { id: true, role: true } });
    if (!membership || membership.role === 'viewer') {
      throw new InvalidEffectParamsError('contact.reassign_owner', undefined, '"ownerUserId" must be an owner, admin or member of this workspace');
    }
    return { ownerUserId: owner };
  }

  async apply(grant: EffectGrant<ReassignOwnerParams>): Promise<{ ownerUserId: string | null }> {
    const contact = await grant.manager.findOneOrFail(Contact, { where: { id: grant.targetId, workspaceId: grant.workspaceId }, select: { id: true, ownerUserId: true } });
    await grant.manager.update(Contact, { id: contact.id, workspaceId: grant.workspaceId }, { ownerUserId: grant.params.ownerUserId });
    return { ownerUserId: contact.ownerUserId };
  }

  async suspend(grant: EffectGrant<ReassignOwnerParams>, before: { ownerUserId: string | null }): Promise<void> {
    // Only while the owner is still the effect's: a later reassignment by a person is theirs to keep.
    await grant.manager.update(Contact, { id: grant.targetId, workspaceId: grant.workspaceId, ownerUserId: grant.params.ownerUserId }, { ownerUserId: before.ownerUserId });
  }
}
