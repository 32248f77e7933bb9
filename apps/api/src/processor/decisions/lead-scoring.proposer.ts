import type { DecisionExplanation } from '@lawful/decisions';
import { type DecisionProposal, ReviewGate } from '@lawful/nestjs';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { LEAD_SCORING_FEATURES } from '../scoring/lead-scoring.features';
import type { ScoredContact, ScoringRun } from '../scoring/lead-scoring.service';

/**
 * Score thresholds of the lead-scoring proposals (the effects' declared logic states them).
 *
 * @example
 * if (score < LEAD_SCORING_THRESHOLDS.disqualifyBelow) propose('contact.disqualify');
 */
export const LEAD_SCORING_THRESHOLDS = Object.freeze({ disqualifyBelow: 0.15, reassignAt: 0.8, advanceAt: 0.7 });
const LABELS = new Map(LEAD_SCORING_FEATURES.map((f) => [f.key, f.description]));

interface ContactFacts {
  id: string;
  lifecycle_stage: string;
  owner_user_id: string | null;
  open_deals: { id: string; stage: string }[];
}

/**
 * Turns a scoring run's results into proposals of significant effects for human review (never applies anything):
 * `contact.disqualify` (score < 0.15, a lead or subscriber without open deal), `contact.reassign_owner` (score ≥ 0.8,
 * owner is not the member with most won deals), `deal.change_stage` (score ≥ 0.7, open deal still `new` → `proposal`).
 * The gate skips a target that already has an open decision of the same effect. Runs in `manager`'s transaction
 * (the scoring run's own, so scores and proposals commit together).
 *
 * @example
 * const counts = await proposer.propose(manager, run, workspaceId); // { 'contact.disqualify': 12, ... }
 */
@Injectable()
export class LeadScoringProposer {
  constructor(private readonly gate: ReviewGate) {}

  async propose(manager: EntityManager, run: ScoringRun, workspaceId: string): Promise<Record<string, number>> {
    const results = new Map(run.results.map((r) => [r.contactId, r]));
    const facts = await this.facts(manager, workspaceId, [...results.keys()]);
    const closer = await this.bestCloser(manager, workspaceId);
    const runId = randomUUID();
    const proposals: DecisionProposal[] = [];
    const add = (r: ScoredContact, effect: string, targetId: string, params: Record<string, unknown>) => {
      proposals.push({
        workspaceId, purpose: 'ai.lead_scoring', effect, subjectId: r.contactId, targetId, params, score: r.score,
        explanation: explanationOf(r), inputs: r.inputs, modelVersion: run.modelVersion, triggeredBy: run.triggeredByUserId, runId,
      });
    };
    for (const c of facts) {
      const r = results.get(c.id);
      if (!r) continue;
      if (r.score < LEAD_SCORING_THRESHOLDS.disqualifyBelow && ['lead', 'subscriber'].includes(c.lifecycle_stage) && c.open_deals.length === 0) {
        add(r, 'contact.disqualify', c.id, {});
      }
      if (r.score >= LEAD_SCORING_THRESHOLDS.reassignAt && closer !== null && c.owner_user_id !== closer) {
        add(r, 'contact.reassign_owner', c.id, { ownerUserId: closer });
      }
      if (r.score >= LEAD_SCORING_THRESHOLDS.advanceAt) {
        for (const deal of c.open_deals.filter((d) => d.stage === 'new')) add(r, 'deal.change_stage', deal.id, { stage: 'proposal' });
      }
    }
    const ids = await this.gate.propose(manager, proposals);
    const counts: Record<string, number> = { 'contact.disqualify': 0, 'contact.reassign_owner': 0, 'deal.change_stage': 0 };
    proposals.forEach((p, i) => ids[i] !== null && (counts[p.effect] = (counts[p.effect] ?? 0) + 1));
    return counts;
  }

  private async facts(manager: EntityManager, workspaceId: string, ids: string[]): Promise<ContactFacts[]> {
    if (ids.length === 0) return [];
    return (await manager.query(
      `SELECT c.id, c.lifecycle_stage, c.owner_user_id,
              COALESCE((SELECT json_agg(json_build_object('id', d.id, 'stage', d.stage) ORDER BY d.id) FROM deals d
                        WHERE d.workspace_id = $1 AND d.contact_id = c.id AND d.outcome = 'open'), '[]'::json) AS open_deals
         FROM contacts c WHERE c.workspace_id = $1 AND c.id = ANY($2::uuid[]) ORDER BY c.id`,
      [workspaceId, ids],
    )) as ContactFacts[];
  }

  /** The owner, admin or member with the most won deals in the workspace (ties: lowest user id); null without any. */
  private async bestCloser(manager: EntityManager, workspaceId: string): Promise<string | null> {
    const rows = (await manager.query(
      `SELECT m.user_id FROM memberships m JOIN deals d ON d.workspace_id = m.workspace_id AND d.owner_user_id = m.user_id AND d.outcome = 'won'
        WHERE m.workspace_id = $1 AND m.role IN ('owner', 'admin', 'member') GROUP BY m.user_id ORDER BY count(*) DESC, m.user_id LIMIT 1`,
      [workspaceId],
    )) as { user_id: string }[];
    return rows[0]?.user_id ?? null;
  }

}

/**
 * A scored contact's explanation in the gate's terms: baseline = intercept, one factor per feature (its raw input
 * and its contribution w·z to the log-odds), output = logit, score = sigmoid(logit).
 *
 * @example
 * explanationOf(result).factors.find((f) => f.key === 'open_deals')?.contribution;
 */
export function explanationOf(r: ScoredContact): DecisionExplanation {
  return {
    method: 'logistic_regression',
    baseline: r.explanation.intercept,
    factors: Object.entries(r.explanation.contributions).map(([key, contribution]) => ({ key, label: LABELS.get(key) ?? key, value: r.inputs[key] ?? 0, contribution })),
    output: r.explanation.logit,
    score: r.score,
  };
}
