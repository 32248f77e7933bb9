import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import { Controller, HttpCode, Post } from '@nestjs/common';
import { WorkspaceRoles } from '../../../common/workspace-roles.decorator';
import { INTENT_ROUTING_PURPOSE, IntentRoutingService, type IntentRunSummary } from './intent-routing.service';

/**
 * Intent classification and routing of inbound chat messages (policy §5.4.2(c)) under `ai.intent_routing`: owners,
 * admins and members start a run (viewers 403). The intents it writes are no significant effect; the routing of a
 * contact's conversation is, so the run only proposes it — reviewed and applied under `/decisions`.
 *
 * @example
 * // POST /workspaces/:workspaceId/intent/runs   (X-Purpose: ai.intent_routing)
 */
@Controller('workspaces/:workspaceId/intent')
@Purpose(INTENT_ROUTING_PURPOSE)
export class IntentController {
  constructor(private readonly routing: IntentRoutingService) {}

  /** Classifies the unclassified inbound messages and proposes routings; answers counts only. */
  @Post('runs')
  @HttpCode(201)
  @WorkspaceRoles('owner', 'admin', 'member')
  run(@LawfulCtx() ctx: LawfulContext): Promise<IntentRunSummary> {
    return this.routing.run(ctx.workspaceId, ctx.userId, ctx.audit);
  }
}
