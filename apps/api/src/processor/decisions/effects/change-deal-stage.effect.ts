import { SignificantEffect } from '@lawful/annotations';
import { InvalidEffectParamsError } from '@lawful/decisions';
import type { EffectGrant, GatedEffectHandler } from '@lawful/nestjs';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Deal } from '../../crm/deal.entity';

/**
 * Open pipeline stages an automated proposal may move a deal to.
 *
 * @example
 * OPEN_DEAL_STAGES.includes('proposal'); // true
 */
export const OPEN_DEAL_STAGES = ['new', 'proposal', 'negotiation'] as const;

/** Parameters of `deal.change_stage`. */
export interface ChangeDealStageParams {
  stage: (typeof OPEN_DEAL_STAGES)[number];
}

/**
 * Gated effect: moves an open deal of a hot lead to another open stage (e.g. `new` → `proposal`: a quote is sent).
 * Only open deals, only open stages. Suspension restores the previous stage unless a person moved the deal since.
 *
 * @example
 * const proposal = { effect: 'deal.change_stage', targetId: dealId, subjectId: contactId, params: { stage: 'proposal' } };
 */
@SignificantEffect({
  key: 'deal.change_stage',
  purpose: 'ai.lead_scoring',
  subject: 'crm_contact',
  description: 'Moves the contact\'s open deal to another pipeline stage, which changes how sales treat it (e.g. a quote is sent).',
  logic: 'Proposed for an open deal still in stage "new" when the workspace-only logistic regression scores its contact at 0.7 or more.',
})
@Injectable()
export class ChangeDealStageEffect implements GatedEffectHandler<ChangeDealStageParams, { stage: string }> {
  async parse(params: unknown, context: { workspaceId: string; targetId: string; manager: EntityManager }): Promise<ChangeDealStageParams> {
    const stage = (params as { stage?: unknown } | null)?.stage;
    const extra = typeof params === 'object' && params !== null ? Object.keys(params).filter((k) => k !== 'stage') : [];
    if (typeof stage !== 'string' || !(OPEN_DEAL_STAGES as readonly string[]).includes(stage) || extra.length > 0) {
      throw new InvalidEffectParamsError('deal.change_stage', undefined, `send { "stage": one of ${OPEN_DEAL_STAGES.join(', ')} } and nothing else`);
    }
    const deal = await context.manager.findOne(Deal, { where: { id: context.targetId, workspaceId: context.workspaceId }, select: { id: true, outcome: true } });
    if (!deal || deal.outcome !== 'open') throw new InvalidEffectParamsError('deal.change_stage', undefined, 'only an open deal of this workspace can change stage');
    return { stage: stage as ChangeDealStageParams['stage'] };
  }

  async apply(grant: EffectGrant<ChangeDealStageParams>): Promise<{ stage: string }> {
    const deal = await grant.manager.findOne(Deal, { where: { id: grant.targetId, workspaceId: grant.workspaceId }, select: { id: true, stage: true } });
    if (!deal) throw new InvalidEffectParamsError('deal.change_stage', grant.decisionId, 'the deal no longer exists in this workspace; reject the decision');
    await grant.manager.update(Deal, { id: deal.id, workspaceId: grant.workspaceId }, { stage: grant.params.stage });
    return { stage: deal.stage };
  }

  async suspend(grant: EffectGrant<ChangeDealStageParams>, before: { stage: string }): Promise<void> {
    // Only while the stage is still the effect's: a later move by a person is theirs to keep.
    await grant.manager.update(Deal, { id: grant.targetId, workspaceId: grant.workspaceId, stage: grant.params.stage }, { stage: before.stage });
  }
}
