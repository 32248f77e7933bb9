import { SignificantEffect } from '@lawful/annotations';
import { InvalidEffectParamsError } from '@lawful/decisions';
import type { EffectGrant, GatedEffectHandler } from '@lawful/nestjs';
import { Injectable } from '@nestjs/common';
import { Contact } from '../../crm/contact.entity';

type NoParams = Record<string, never>;

/**
 * Gated effect: a lead the workspace model scores very low, with no open deal, is marked `disqualified` (sales stop
 * working it). Suspension restores the previous lifecycle stage unless a person changed it since.
 *
 * @example
 * await gate.apply({ workspaceId, userId: adminId }, decisionId); // runs apply() with a live grant
 */
@SignificantEffect({
  key: 'contact.disqualify',
  purpose: 'ai.lead_scoring',
  subject: 'crm_contact',
  description: 'Marks the contact as a disqualified lead: the workspace stops pursuing them.',
  logic: 'Proposed when the workspace-only logistic regression scores the lead below 0.15 (low likelihood of a won deal given engagement signals) and the contact has no open deal.',
})
@Injectable()
export class DisqualifyLeadEffect implements GatedEffectHandler<NoParams, { lifecycleStage: string }> {
  parse(params: unknown): NoParams {
    if (typeof params !== 'object' || params === null || Array.isArray(params) || Object.keys(params).length > 0) {
      throw new InvalidEffectParamsError('contact.disqualify', undefined, 'it takes no parameters: send {} or omit "params"');
    }
    return {};
  }

  async apply(grant: EffectGrant<NoParams>): Promise<{ lifecycleStage: string }> {
    const contact = await grant.manager.findOne(Contact, { where: { id: grant.targetId, workspaceId: grant.workspaceId }, select: { id: true, lifecycleStage: true } });
    if (!contact) throw new InvalidEffectParamsError('contact.disqualify', grant.decisionId, 'the contact no longer exists in this workspace; reject the decision');
    await grant.manager.update(Contact, { id: contact.id, workspaceId: grant.workspaceId }, { lifecycleStage: 'disqualified' });
    return { lifecycleStage: contact.lifecycleStage };
  }

  async suspend(grant: EffectGrant<NoParams>, before: { lifecycleStage: string }): Promise<void> {
    // Only while the stage is still the effect's: a later change by a person is theirs to keep.
    await grant.manager.update(Contact, { id: grant.targetId, workspaceId: grant.workspaceId, lifecycleStage: 'disqualified' }, { lifecycleStage: before.lifecycleStage });
  }
}
