import type { DecisionEventType, DecisionStatus, ReviewOutcome } from '@lawful/decisions';
import type { EntityManager } from 'typeorm';
import { quoteIdentifier as q } from '../sql/quote-identifier.util';
import type { DecisionRecord } from './decision-record.types';
import type { DecisionTableNames } from './decision-tables.types';

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

/**
 * The review gate's writes to its four tables, one statement each (the gate decides when; the database triggers
 * refuse what the gate would).
 *
 * @example
 * await new DecisionRowsWriter(DEFAULT_DECISION_TABLES).event(manager, decision, 'viewpoint', userId, statement, null);
 */
export class DecisionRowsWriter {
  constructor(private readonly names: DecisionTableNames) {}

  async review(manager: EntityManager, decision: DecisionRecord, reviewer: string, outcome: ReviewOutcome, rationale: string, params: Record<string, unknown> | null): Promise<void> {
    await manager.query(
      `INSERT INTO ${q(this.names.reviews)} (workspace_id, decision_id, round, reviewer_user_id, outcome, rationale, params) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [decision.workspaceId, decision.id, decision.reviews.length + 1, reviewer, outcome, rationale.trim(), json(params)],
    );
  }

  /** Puts the decision's effect in force with `reviewId` (first time: a new row; after a contest: the row again). */
  async effectApplied(manager: EntityManager, decision: DecisionRecord, reviewId: string, params: Record<string, unknown>, actor: string): Promise<void> {
    const effects = q(this.names.effects);
    if (decision.effectState === null) {
      await manager.query(
        `INSERT INTO ${effects} (workspace_id, decision_id, review_id, effect, params, status, applied_by_user_id, applied_at, updated_at) VALUES ($1, $2, $3, $4, $5, 'applied', $6, now(), now())`,
        [decision.workspaceId, decision.id, reviewId, decision.effect, json(params), actor],
      );
    } else {
      await manager.query(
        `UPDATE ${effects} SET status = 'applied', review_id = $2, params = $3, applied_by_user_id = $4, applied_at = now(), updated_at = now() WHERE decision_id = $1`,
        [decision.id, reviewId, json(params), actor],
      );
    }
  }

  async effectStatus(manager: EntityManager, decisionId: string, status: 'suspended' | 'revoked'): Promise<void> {
    await manager.query(`UPDATE ${q(this.names.effects)} SET status = $2, updated_at = now() WHERE decision_id = $1`, [decisionId, status]);
  }

  /** What the handler needs to undo the effect (returned by its `apply`). */
  async setBefore(manager: EntityManager, decisionId: string, before: unknown): Promise<void> {
    await manager.query(`UPDATE ${q(this.names.effects)} SET before = $2 WHERE decision_id = $1`, [decisionId, JSON.stringify(before ?? null)]);
  }

  async before(manager: EntityManager, decisionId: string): Promise<unknown> {
    const [row] = (await manager.query(`SELECT before FROM ${q(this.names.effects)} WHERE decision_id = $1`, [decisionId])) as { before: unknown }[];
    return row?.before ?? null;
  }

  async status(manager: EntityManager, decisionId: string, status: DecisionStatus): Promise<void> {
    await manager.query(`UPDATE ${q(this.names.decisions)} SET status = $2, updated_at = now() WHERE id = $1`, [decisionId, status]);
  }

  async event(manager: EntityManager, decision: DecisionRecord, type: DecisionEventType, actor: string | null, statement: string | null, detail: Record<string, unknown> | null): Promise<void> {
    await manager.query(
      `INSERT INTO ${q(this.names.events)} (workspace_id, decision_id, type, actor_user_id, statement, detail) VALUES ($1, $2, $3, $4, $5, $6)`,
      [decision.workspaceId, decision.id, type, actor, statement, json(detail)],
    );
  }
}
