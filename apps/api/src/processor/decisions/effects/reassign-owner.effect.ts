import { SignificantEffect } from '@lawful/annotations';
import { InvalidEffectParamsError } from '@lawful/decisions';
import type { EffectGrant, GatedEffectHandler } from '@lawful/nestjs';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Contact } from '../../crm/contact.entity';
import { parseMemberParam } from './member-param.parser';


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
    return { ownerUserId: await parseMemberParam(params, 'ownerUserId', 'contact.reassign_owner', context) };
  }

  async apply(grant: EffectGrant<ReassignOwnerParams>): Promise<{ ownerUserId: string | null }> {
    const contact = await grant.manager.findOne(Contact, { where: { id: grant.targetId, workspaceId: grant.workspaceId }, select: { id: true, ownerUserId: true } });
    if (!contact) throw new InvalidEffectParamsError('contact.reassign_owner', grant.decisionId, 'the contact no longer exists in this workspace; reject the decision');
    await grant.manager.update(Contact, { id: contact.id, workspaceId: grant.workspaceId }, { ownerUserId: grant.params.ownerUserId });
    return { ownerUserId: contact.ownerUserId };
  }

  async suspend(grant: EffectGrant<ReassignOwnerParams>, before: { ownerUserId: string | null }): Promise<void> {
    // Only while the owner is still the effect's: a later reassignment by a person is theirs to keep.
    await grant.manager.update(Contact, { id: grant.targetId, workspaceId: grant.workspaceId, ownerUserId: grant.params.ownerUserId }, { ownerUserId: before.ownerUserId });
  }
}
