import { DecisionStateError, InvalidEffectParamsError, MissingStatementError, type DecisionTransition, transition } from '@lawful/decisions';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DECISION_TABLES, REVIEWER_AUTHORITY } from '../constants';
import type { DecisionTableNames } from './decision-tables.types';
import type { DecisionProposal, DecisionRecord } from './decision-record.types';
import { DecisionReader } from './decision.reader';
import { DecisionRowsWriter } from './decision-rows.writer';
import { EffectGrantLedger } from './effect-grant.ledger';
import { EffectHandlerRegistry } from './effect-handler.registry';
import type { EffectGrant } from './gated-effect-handler.types';
import { insertProposals } from './proposal.writer';
import type { ReviewerAuthority } from './reviewer-authority.types';
import type { GateActor, ReviewInput, StepCheck } from './review-gate.types';

/**
 * The human-review gate (GDPR Art. 22): automated processes `propose` significant effects; a person with review
 * permission who did not trigger the run reviews them (approve, modify, reject, with a written rationale); only an
 * approved decision's effect is `apply`-ed, by its `@SignificantEffect()` handler, inside the step's transaction; the
 * subject's point of view is recorded (`recordView`) and a `contest` suspends the effect until a different reviewer
 * decides again. Every step is one transaction with a timeline event; the database triggers of
 * `reviewGateSchemaSql()` refuse the same things, so code that bypasses the gate cannot apply an effect either.
 *
 * @example
 * const ids = await gate.propose(manager, proposals);
 * await gate.review({ workspaceId, userId: adminId }, ids[0], { outcome: 'approved', rationale: 'No reply in 90 days, confirmed.' });
 * await gate.apply({ workspaceId, userId: adminId }, ids[0]);
 */
@Injectable()
export class ReviewGate {
  private readonly reader: DecisionReader;
  private readonly rows: DecisionRowsWriter;

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: EffectHandlerRegistry,
    private readonly ledger: EffectGrantLedger,
    @Inject(REVIEWER_AUTHORITY) private readonly authority: ReviewerAuthority,
    @Inject(DECISION_TABLES) private readonly names: DecisionTableNames,
  ) {
    this.reader = new DecisionReader(names);
    this.rows = new DecisionRowsWriter(names);
  }

  /**
   * Records proposals (validated by their effect handlers) in `manager`'s transaction. A proposal whose target already
   * has an open decision of the same effect (or an earlier one in the list) is skipped. Returns, per proposal in
   * order, the new decision's id or `null` when skipped.
   */
  async propose(manager: EntityManager, proposals: readonly DecisionProposal[]): Promise<(string | null)[]> {
    const key = (p: DecisionProposal) => `${p.workspaceId}:${p.effect}:${p.targetId}`;
    const taken = await this.reader.openKeys(manager, proposals);
    const checked: DecisionProposal[] = [];
    const slots: number[] = [];
    for (const [slot, proposal] of proposals.entries()) {
      if (taken.has(key(proposal))) continue;
      taken.add(key(proposal));
      const { metadata, handler } = this.registry.get(proposal.effect);
      if (metadata.purpose !== proposal.purpose) {
        throw new InvalidEffectParamsError(proposal.effect, undefined, `it is proposed by "${metadata.purpose}" processing, not "${proposal.purpose}"`);
      }
      const params = await handler.parse(proposal.params, { workspaceId: proposal.workspaceId, targetId: proposal.targetId, manager });
      checked.push({ ...proposal, params: params as Record<string, unknown> });
      slots.push(slot);
    }
    const ids = await insertProposals(manager, this.names, checked);
    const out: (string | null)[] = proposals.map(() => null);
    slots.forEach((slot, j) => (out[slot] = ids[j] ?? null));
    return out;
  }

  /** Reviews a proposed or contested decision (`check`: the application's own condition, see `StepCheck`). */
  review(actor: GateActor, decisionId: string, input: ReviewInput, check?: StepCheck): Promise<DecisionRecord> {
    return this.step(actor, decisionId, check, async (manager, decision, mayReview) => {
      const next = transition(this.state(decision), { type: 'review', actor: actor.userId, mayReview: await mayReview(), outcome: input.outcome, rationale: input.rationale });
      const params = await this.reviewedParams(manager, decision, input);
      await this.rows.review(manager, decision, actor.userId, input.outcome, input.rationale, params);
      await this.rows.event(manager, decision, 'reviewed', actor.userId, null, { outcome: input.outcome, round: decision.reviews.length + 1 });
      if (next.effect === 'revoke' && decision.effectState !== null) {
        await this.rows.effectStatus(manager, decision.id, 'revoked');
        await this.rows.event(manager, decision, 'revoked', actor.userId, null, null);
      }
      return next;
    });
  }

  /** Applies the effect of an approved decision with its handler (the latest review's parameters). */
  apply(actor: GateActor, decisionId: string, check?: StepCheck): Promise<DecisionRecord> {
    return this.step(actor, decisionId, check, async (manager, decision, mayReview) => {
      const next = transition(this.state(decision), { type: 'apply', actor: actor.userId, mayReview: await mayReview() });
      const review = decision.reviews.at(-1);
      if (review === undefined) throw new DecisionStateError(decision.id, decision.status, 'apply');
      const params = review.params ?? decision.params;
      await this.rows.effectApplied(manager, decision, review.id, params, actor.userId);
      const before = await this.withGrant(manager, actor, decision, review.id, params, (handler, grant) => handler.apply(grant));
      await this.rows.setBefore(manager, decision.id, before);
      await this.rows.event(manager, decision, 'applied', actor.userId, null, { round: review.round });
      return next;
    });
  }

  /** Records the subject's contest (relayed by `actor`); an applied effect is suspended until a new review. */
  contest(actor: GateActor, decisionId: string, statement: string, check?: StepCheck): Promise<DecisionRecord> {
    return this.step(actor, decisionId, check, async (manager, decision) => {
      if (typeof statement !== 'string' || statement.trim() === '') throw new MissingStatementError(decision.id, 'contest');
      const next = transition(this.state(decision), { type: 'contest' });
      await this.rows.event(manager, decision, 'contested', actor.userId, statement, null);
      if (next.effect === 'suspend' && decision.effectState !== null) {
        const before = await this.rows.before(manager, decision.id);
        await this.rows.effectStatus(manager, decision.id, 'suspended');
        const { reviewId, params } = decision.effectState;
        await this.withGrant(manager, actor, decision, reviewId, params, (handler, grant) => handler.suspend(grant, before));
        await this.rows.event(manager, decision, 'suspended', actor.userId, null, null);
      }
      return next;
    });
  }

  /** Records the subject's point of view (relayed by `actor`) on the decision. */
  recordView(actor: GateActor, decisionId: string, statement: string, check?: StepCheck): Promise<DecisionRecord> {
    return this.step(actor, decisionId, check, async (manager, decision) => {
      if (typeof statement !== 'string' || statement.trim() === '') throw new MissingStatementError(decision.id, 'view');
      const next = transition(this.state(decision), { type: 'view' });
      await this.rows.event(manager, decision, 'viewpoint', actor.userId, statement, null);
      return next;
    });
  }

  /** The decision (reads only). */
  get(workspaceId: string, decisionId: string, manager: EntityManager = this.dataSource.manager): Promise<DecisionRecord> {
    return this.reader.get(manager, workspaceId, decisionId);
  }

  /** The decision reader over the gate's tables (lists, timelines). */
  get decisions(): DecisionReader {
    return this.reader;
  }

  /** One step in one transaction: lock the decision, the application's check, the step, the new status, the result. */
  private async step(
    actor: GateActor,
    decisionId: string,
    check: StepCheck | undefined,
    run: (manager: EntityManager, decision: DecisionRecord, mayReview: () => Promise<boolean>) => Promise<DecisionTransition>,
  ): Promise<DecisionRecord> {
    return this.dataSource.transaction(async (manager) => {
      const decision = await this.reader.get(manager, actor.workspaceId, decisionId, true);
      await check?.(decision, manager);
      const next = await run(manager, decision, () => this.authority.mayReview(actor.workspaceId, actor.userId, manager));
      if (next.status !== decision.status) await this.rows.status(manager, decision.id, next.status);
      return this.reader.get(manager, actor.workspaceId, decisionId);
    });
  }

  private state(decision: DecisionRecord): Parameters<typeof transition>[0] {
    return { id: decision.id, status: decision.status, triggeredBy: decision.triggeredBy, reviewers: decision.reviews.map((r) => r.reviewerUserId) };
  }

  private async reviewedParams(manager: EntityManager, decision: DecisionRecord, input: ReviewInput): Promise<Record<string, unknown> | null> {
    if (input.outcome !== 'modified') {
      if (input.params !== undefined) throw new InvalidEffectParamsError(decision.effect, decision.id, `parameters can only be changed by a "modified" review, not "${input.outcome}"`);
      return null;
    }
    if (input.params === undefined || input.params === null) throw new InvalidEffectParamsError(decision.effect, decision.id, 'a "modified" review must give the changed parameters in "params"');
    const { handler } = this.registry.get(decision.effect);
    return (await handler.parse(input.params, { workspaceId: decision.workspaceId, targetId: decision.targetId, manager })) as Record<string, unknown>;
  }

  private async withGrant<T>(
    manager: EntityManager,
    actor: GateActor,
    decision: DecisionRecord,
    reviewId: string,
    params: Record<string, unknown>,
    run: (handler: ReturnType<EffectHandlerRegistry['get']>['handler'], grant: EffectGrant<unknown>) => Promise<T>,
  ): Promise<T> {
    const { handler } = this.registry.get(decision.effect);
    const grant = this.ledger.issue({
      decisionId: decision.id, reviewId, workspaceId: decision.workspaceId, effect: decision.effect,
      subjectId: decision.subjectId, targetId: decision.targetId, params, actorUserId: actor.userId, manager,
    });
    try {
      return await run(handler, grant);
    } finally {
      this.ledger.withdraw(grant);
    }
  }
}
