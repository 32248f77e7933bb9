import { SignificantEffect } from '@lawful/annotations';
import { InvalidEffectParamsError } from '@lawful/decisions';
import type { EffectGrant, GatedEffectHandler } from '@lawful/nestjs';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ChatThread } from '../../communications/chat-thread.entity';
import { parseMemberParam } from './member-param.parser';
import { ROUTING_LOGIC } from '../../communications/intent/intent-routing.rules';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EFFECT = 'chat_thread.route';

/** Parameters of `chat_thread.route`. */
export interface RouteChatThreadParams {
  assigneeUserId: string;
}

/**
 * Gated effect: a contact's conversation is assigned to the workspace member the classified intent of their latest
 * message calls for (complaints and cancellations to the owner, billing to an admin, ...). The assignee must be an
 * owner, admin or member of the workspace (not a viewer) and the thread must be the workspace's. Suspension
 * restores the previous assignee.
 *
 * @example
 * await gate.review(actor, decisionId, { outcome: 'modified', rationale: 'Billing specialist is away.', params: { assigneeUserId } });
 */
@SignificantEffect({
  key: EFFECT,
  purpose: 'ai.intent_routing',
  subject: 'crm_contact',
  description: "Assigns the contact's conversation to a workspace member, who answers it (e.g. retention offers for cancellations).",
  logic: `Proposed when the fixed keyword model (intent-kw-1: listed term weights per intent, softmax probability) classifies the contact's latest inbound message and the thread is not already with the member that intent goes to. ${ROUTING_LOGIC}`,
})
@Injectable()
export class RouteChatThreadEffect implements GatedEffectHandler<RouteChatThreadParams, { assigneeUserId: string | null }> {
  async parse(params: unknown, context: { workspaceId: string; targetId: string; manager: EntityManager }): Promise<RouteChatThreadParams> {
    const assignee = await parseMemberParam(params, 'assigneeUserId', EFFECT, context);
    if (!UUID.test(context.targetId) || !(await context.manager.exists(ChatThread, { where: { id: context.targetId, workspaceId: context.workspaceId } }))) {
      throw new InvalidEffectParamsError(EFFECT, undefined, 'the target must be a chat thread of this workspace');
    }
    return { assigneeUserId: assignee };
  }

  async apply(grant: EffectGrant<RouteChatThreadParams>): Promise<{ assigneeUserId: string | null }> {
    const thread = await grant.manager.findOne(ChatThread, { where: { id: grant.targetId, workspaceId: grant.workspaceId }, select: { id: true, assignedUserId: true } });
    if (!thread) throw new InvalidEffectParamsError(EFFECT, grant.decisionId, 'the chat thread no longer exists in this workspace; reject the decision');
    await grant.manager.update(ChatThread, { id: thread.id, workspaceId: grant.workspaceId }, { assignedUserId: grant.params.assigneeUserId });
    return { assigneeUserId: thread.assignedUserId };
  }

  async suspend(grant: EffectGrant<RouteChatThreadParams>, before: { assigneeUserId: string | null }): Promise<void> {
    // Only while the thread is still with the effect's assignee: a later reassignment by a person is theirs to keep.
    await grant.manager.update(ChatThread, { id: grant.targetId, workspaceId: grant.workspaceId, assignedUserId: grant.params.assigneeUserId }, { assignedUserId: before.assigneeUserId });
  }
}
