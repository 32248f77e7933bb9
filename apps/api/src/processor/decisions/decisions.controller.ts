import { type DecisionEventRecord, type DecisionRecord, type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import type { Page } from '../../common/pagination.util';
import { WorkspaceRoles } from '../../common/workspace-roles.decorator';
import type { DecisionView, SubjectExplanation } from './decision-view.types';
import { DecisionsService } from './decisions.service';
import { ListDecisionsQuery } from './list-decisions.query';
import { ReviewDecisionDto } from './review-decision.dto';
import { SubjectStatementDto } from './subject-statement.dto';

const AUTOMATED_PURPOSES = ['ai.lead_scoring', 'ai.intent_routing'] as const;
const id = () => new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/**
 * Gated automated decisions of a workspace (GDPR Art. 22, policy §5.4.2). Under the automated processing's purpose
 * (`X-Purpose: ai.lead_scoring` or `ai.intent_routing`): list, see one with its inputs and explanation, review
 * (approve / modify / reject with a rationale — the gate checks review permission and that the reviewer did not
 * trigger the run) and apply. Under `compliance.subject_rights`, owners and admins answer the subject: the
 * explanation, their point of view, their contest (which suspends the effect).
 *
 * @example
 * // POST /workspaces/:workspaceId/decisions/:decisionId/reviews  { "outcome": "approved", "rationale": "..." }
 */
@Controller('workspaces/:workspaceId/decisions')
@Purpose(...AUTOMATED_PURPOSES)
export class DecisionsController {
  constructor(private readonly decisions: DecisionsService) {}

  /** Decisions of the request's purpose, newest first (`?status=`, `?effect=`, `?contactId=`, paginated). */
  @Get()
  @WorkspaceRoles('owner', 'admin', 'member')
  list(@LawfulCtx() ctx: LawfulContext, @Query() query: ListDecisionsQuery): Promise<Page<DecisionRecord>> {
    return this.decisions.list(ctx, query);
  }

  /** One decision as the reviewer sees it: inputs, explanation, main factors, logic, the subject's statements, reviews, effect. */
  @Get(':decisionId')
  @WorkspaceRoles('owner', 'admin', 'member')
  get(@LawfulCtx() ctx: LawfulContext, @Param('decisionId', id()) decisionId: string): Promise<DecisionView> {
    return this.decisions.get(ctx, decisionId);
  }

  /** The append-only timeline: proposed, reviewed, applied, points of view, contests, suspensions. */
  @Get(':decisionId/timeline')
  @WorkspaceRoles('owner', 'admin', 'member')
  timeline(@LawfulCtx() ctx: LawfulContext, @Param('decisionId', id()) decisionId: string): Promise<DecisionEventRecord[]> {
    return this.decisions.timeline(ctx, decisionId);
  }

  /** A human review; 403 without review permission, for the run's trigger or a repeat reviewer of a contested decision. */
  @Post(':decisionId/reviews')
  @HttpCode(201)
  review(@LawfulCtx() ctx: LawfulContext, @Param('decisionId', id()) decisionId: string, @Body() body: ReviewDecisionDto): Promise<DecisionView> {
    return this.decisions.review(ctx, decisionId, body);
  }

  /** Applies an approved decision's effect; 409 unless approved, 403 without review permission. */
  @Post(':decisionId/apply')
  @HttpCode(200)
  apply(@LawfulCtx() ctx: LawfulContext, @Param('decisionId', id()) decisionId: string): Promise<DecisionView> {
    return this.decisions.apply(ctx, decisionId);
  }

  /** For the subject: the logic, significance and consequences, the main factors of their case, their rights. */
  @Get(':decisionId/explanation')
  @Purpose('compliance.subject_rights')
  @WorkspaceRoles('owner', 'admin')
  explanation(@LawfulCtx() ctx: LawfulContext, @Param('decisionId', id()) decisionId: string): Promise<SubjectExplanation> {
    return this.decisions.explanation(ctx, decisionId);
  }

  /** Records the subject's point of view (relayed by the workspace), shown to the next reviewer. */
  @Post(':decisionId/views')
  @Purpose('compliance.subject_rights')
  @WorkspaceRoles('owner', 'admin')
  @HttpCode(201)
  recordView(@LawfulCtx() ctx: LawfulContext, @Param('decisionId', id()) decisionId: string, @Body() body: SubjectStatementDto): Promise<DecisionView> {
    return this.decisions.recordView(ctx, decisionId, body.statement);
  }

  /** Records the subject's contest: the effect is suspended until a different reviewer reviews it again. */
  @Post(':decisionId/contest')
  @Purpose('compliance.subject_rights')
  @WorkspaceRoles('owner', 'admin')
  @HttpCode(200)
  contest(@LawfulCtx() ctx: LawfulContext, @Param('decisionId', id()) decisionId: string, @Body() body: SubjectStatementDto): Promise<DecisionView> {
    return this.decisions.contest(ctx, decisionId, body.statement);
  }
}
