import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import { Controller, Get, Param, ParseUUIDPipe, Post, UseFilters } from '@nestjs/common';
import { WorkspaceRoles } from '../../common/workspace-roles.decorator';
import { type ContactScoreView, LeadScoringReadsService, type ModelView } from './lead-scoring-reads.service';
import { LEAD_SCORING_PURPOSE, LeadScoringService, type ScoringRun } from './lead-scoring.service';
import { ScoringErrorFilter } from './scoring-error.filter';
import { LeadScoringProposer } from '../decisions/lead-scoring.proposer';

/**
 * Summary of a scoring run as answered over HTTP (the per-contact results stay server-side), with the number of
 * significant effects proposed for human review, per effect.
 *
 * @example
 * // { "modelVersion": "lr-2", "scored": 297, "skipped": { "objected": 2, "restricted": 1 }, "proposals": { "contact.disqualify": 12, ... }, ... }
 */
export type ScoringRunSummary = Omit<ScoringRun, 'results' | 'triggeredByUserId'> & { proposals: Record<string, number> };

/**
 * Lead scoring of a workspace's CRM contacts (policy §5.4.1, §5.4.2(a)) under `ai.lead_scoring` (legitimate
 * interests): owners, admins and members run it (viewers 403); every member reads the model and a contact's score
 * with its explanation. A score shown in a list is no significant effect, so it is not gated by human review.
 *
 * @example
 * // POST /workspaces/:workspaceId/scoring/runs   (X-Purpose: ai.lead_scoring)
 */
@Controller('workspaces/:workspaceId')
@Purpose(LEAD_SCORING_PURPOSE)
@UseFilters(ScoringErrorFilter)
export class ScoringController {
  constructor(
    private readonly scoring: LeadScoringService,
    private readonly reads: LeadScoringReadsService,
    private readonly proposer: LeadScoringProposer,
  ) {}

  /**
   * Trains a new model version on the workspace's contacts, scores them, and proposes significant effects for human
   * review (nothing is applied); 409 saying what to do when it cannot train.
   */
  @Post('scoring/runs')
  @WorkspaceRoles('owner', 'admin', 'member')
  async run(@LawfulCtx() ctx: LawfulContext): Promise<ScoringRunSummary> {
    let proposals: Record<string, number> = {};
    const run = await this.scoring.run(ctx.workspaceId, ctx.userId, {
      audit: ctx.audit,
      inTransaction: async (manager, scored) => void (proposals = await this.proposer.propose(manager, scored, ctx.workspaceId)),
    });
    const { results: _results, triggeredByUserId: _by, ...summary } = run;
    return { ...summary, proposals };
  }

  /** The latest model: features (description, source fields), coefficients, standardisation, training size. */
  @Get('scoring/model')
  model(@LawfulCtx() ctx: LawfulContext): Promise<ModelView> {
    return this.reads.model(ctx);
  }

  /** A contact's latest score with each feature's input and contribution, largest first; 404 outside the workspace. */
  @Get('contacts/:contactId/score')
  score(@LawfulCtx() ctx: LawfulContext, @Param('contactId', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) contactId: string): Promise<ContactScoreView> {
    return this.reads.contactScore(ctx, contactId);
  }
}
