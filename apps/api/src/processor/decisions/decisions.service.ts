import { getMetadataStorage } from '@lawful/annotations';
import { mainFactors } from '@lawful/decisions';
import { type DecisionRecord, type DecisionEventRecord, type LawfulContext, ReviewGate, type StepCheck } from '@lawful/nestjs';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Page } from '../../common/pagination.util';
import type { DecisionView, SubjectExplanation } from './decision-view.types';
import type { ListDecisionsQuery } from './list-decisions.query';
import type { ReviewDecisionDto } from './review-decision.dto';
import { assertSubjectProcessable } from './subject-state.check';

const RIGHTS =
  'You may ask for human review, express your point of view and contest this decision through the workspace that holds your data; ' +
  'a contested decision has its effect suspended until a different person reviews it.';
const DECISION_FIELDS = ['purpose', 'effect', 'subjectId', 'targetId', 'params', 'score', 'explanation', 'inputs', 'modelVersion', 'status'];

/**
 * The reference API's side of the review gate: purpose checks (an `ai.*` route only sees decisions of the request's
 * purpose; subject-rights routes see all), subject state (no review or application while the subject restricts
 * processing or objects), reviewer and subject views, and the access audit of every step.
 *
 * @example
 * const view = await decisions.review(ctx, decisionId, { outcome: 'approved', rationale: 'Confirmed with the account owner.' });
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly gate: ReviewGate,
    private readonly dataSource: DataSource,
  ) {}

  async list(ctx: LawfulContext, query: ListDecisionsQuery): Promise<Page<DecisionRecord>> {
    const { page, pageSize } = query;
    const { total, items } = await this.gate.decisions.list(this.dataSource.manager, ctx.workspaceId, {
      purpose: ctx.purpose, status: query.status, effect: query.effect, subjectId: query.contactId, limit: pageSize, offset: (page - 1) * pageSize,
    });
    await this.audit(ctx, 'read', items);
    return { items, total, page, pageSize };
  }

  async get(ctx: LawfulContext, decisionId: string): Promise<DecisionView> {
    const decision = this.ownPurpose(ctx, await this.gate.get(ctx.workspaceId, decisionId));
    await this.audit(ctx, 'read', [decision]);
    return this.view(decision, await this.gate.decisions.timeline(this.dataSource.manager, ctx.workspaceId, decisionId));
  }

  async review(ctx: LawfulContext, decisionId: string, body: ReviewDecisionDto): Promise<DecisionView> {
    const decision = await this.gate.review({ workspaceId: ctx.workspaceId, userId: ctx.userId }, decisionId, body, this.actable(ctx));
    await this.audit(ctx, 'update', [decision]);
    return this.view(decision, await this.gate.decisions.timeline(this.dataSource.manager, ctx.workspaceId, decisionId));
  }

  async apply(ctx: LawfulContext, decisionId: string): Promise<DecisionView> {
    const decision = await this.gate.apply({ workspaceId: ctx.workspaceId, userId: ctx.userId }, decisionId, this.actable(ctx));
    await this.audit(ctx, 'update', [decision]);
    return this.view(decision, await this.gate.decisions.timeline(this.dataSource.manager, ctx.workspaceId, decisionId));
  }

  async timeline(ctx: LawfulContext, decisionId: string): Promise<DecisionEventRecord[]> {
    const decision = this.ownPurpose(ctx, await this.gate.get(ctx.workspaceId, decisionId));
    await this.audit(ctx, 'read', [decision]);
    return this.gate.decisions.timeline(this.dataSource.manager, ctx.workspaceId, decisionId);
  }

  async explanation(ctx: LawfulContext, decisionId: string): Promise<SubjectExplanation> {
    const d = await this.gate.get(ctx.workspaceId, decisionId);
    await this.audit(ctx, 'read', [d]);
    const effect = getMetadataStorage().effects.byKey(d.effect);
    const last = d.reviews.at(-1);
    return {
      decisionId: d.id,
      contactId: d.subjectId,
      status: d.status,
      effect: { key: d.effect, description: effect?.description ?? d.effect, inForce: d.effectState?.status === 'applied' },
      logic: effect?.logic ?? '',
      model: { method: d.explanation.method, version: d.modelVersion, score: d.score, baseline: d.explanation.baseline },
      mainFactors: mainFactors(d.explanation, 5).map((f) => ({ ...f, direction: f.contribution > 0 ? 'raises' : f.contribution < 0 ? 'lowers' : 'none' })),
      humanReview: { reviewed: last !== undefined, outcome: last?.outcome ?? null, at: last?.createdAt ?? null },
      rights: RIGHTS,
    };
  }

  async recordView(ctx: LawfulContext, decisionId: string, statement: string): Promise<DecisionView> {
    const decision = await this.gate.recordView({ workspaceId: ctx.workspaceId, userId: ctx.userId }, decisionId, statement);
    await this.audit(ctx, 'update', [decision]);
    return this.view(decision, await this.gate.decisions.timeline(this.dataSource.manager, ctx.workspaceId, decisionId));
  }

  async contest(ctx: LawfulContext, decisionId: string, statement: string): Promise<DecisionView> {
    const decision = await this.gate.contest({ workspaceId: ctx.workspaceId, userId: ctx.userId }, decisionId, statement);
    await this.audit(ctx, 'update', [decision]);
    return this.view(decision, await this.gate.decisions.timeline(this.dataSource.manager, ctx.workspaceId, decisionId));
  }

  /** Checked inside the gate's step, on the locked decision: the request's purpose, then the subject's state. */
  private actable(ctx: LawfulContext): StepCheck {
    return (decision, manager) => assertSubjectProcessable(manager, this.ownPurpose(ctx, decision));
  }

  /** An `ai.*` route acts only on decisions its purpose's processing made. */
  private ownPurpose(ctx: LawfulContext, decision: DecisionRecord): DecisionRecord {
    if (decision.purpose !== ctx.purpose) {
      throw new ForbiddenException(`this decision was proposed by "${decision.purpose}" processing; send X-Purpose: ${decision.purpose}`);
    }
    return decision;
  }

  private view(decision: DecisionRecord, timeline: DecisionEventRecord[]): DecisionView {
    const effect = getMetadataStorage().effects.byKey(decision.effect);
    return {
      ...decision,
      effectDescription: effect?.description ?? decision.effect,
      logic: effect?.logic ?? '',
      mainFactors: mainFactors(decision.explanation, 5),
      subjectStatements: timeline.filter((e) => e.statement !== null).map(({ type, statement, at }) => ({ type, statement, at })),
      excludedReviewers: [...new Set([decision.triggeredBy, ...decision.reviews.map((r) => r.reviewerUserId)])],
    };
  }

  private async audit(ctx: LawfulContext, action: 'read' | 'update', decisions: DecisionRecord[]): Promise<void> {
    if (decisions.length === 0) return;
    await ctx.audit?.({ entity: 'AutomatedDecision', action, recordIds: decisions.map((d) => d.id), subjectIds: [...new Set(decisions.map((d) => d.subjectId))], fields: action === 'read' ? DECISION_FIELDS : ['status'] });
  }
}
