import { Module } from '@nestjs/common';
import { DecisionsController } from './decisions.controller';
import { DecisionsService } from './decisions.service';
import { ChangeDealStageEffect } from './effects/change-deal-stage.effect';
import { DisqualifyLeadEffect } from './effects/disqualify-lead.effect';
import { ReassignOwnerEffect } from './effects/reassign-owner.effect';
import { RouteChatThreadEffect } from './effects/route-chat-thread.effect';
import { LeadScoringProposer } from './lead-scoring.proposer';

/**
 * Gated automated decisions of the reference API: the decision routes and the lead-scoring effect handlers
 * (`@SignificantEffect`), found and locked by `LawfulDecisionsModule` (imported once in `AppModule`).
 *
 * @example
 * @Module({ imports: [LawfulDecisionsModule.forRoot({ reviewerAuthority: WorkspaceReviewerAuthority }), DecisionsModule] }) class AppModule {}
 */
@Module({
  controllers: [DecisionsController],
  providers: [DecisionsService, LeadScoringProposer, DisqualifyLeadEffect, ReassignOwnerEffect, ChangeDealStageEffect, RouteChatThreadEffect],
  exports: [DecisionsService, LeadScoringProposer],
})
export class DecisionsModule {}
