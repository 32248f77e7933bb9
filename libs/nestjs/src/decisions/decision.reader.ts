import { DecisionNotFoundError, type DecisionStatus, OPEN_DECISION_STATUSES } from '@lawful/decisions';
import type { EntityManager } from 'typeorm';
import type { DecisionTableNames } from './decision-tables.types';
import type { DecisionEffectRecord, DecisionEventRecord, DecisionRecord, DecisionReviewRecord } from './decision-record.types';
import { quoteIdentifier as q } from '../sql/quote-identifier.util';

type Row = Record<string, unknown>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Filters of a decision list.
 *
 * @example
 * await reader.list(manager, workspaceId, { status: 'proposed', limit: 50, offset: 0 });
 */
export interface DecisionListFilter {
  purpose?: string;
  status?: DecisionStatus;
  effect?: string;
  subjectId?: string;
  limit: number;
  offset: number;
}

/**
 * Reads decisions, their reviews, effect and timeline from the gate's tables — always within one workspace (another
 * workspace's decision is "not found", like a missing one).
 *
 * @example
 * const decision = await new DecisionReader(DEFAULT_DECISION_TABLES).get(manager, workspaceId, decisionId);
 */
export class DecisionReader {
  constructor(private readonly names: DecisionTableNames) {}

  /** The decision with its reviews and effect; `DecisionNotFoundError` when absent from the workspace. */
  async get(manager: EntityManager, workspaceId: string, decisionId: string, lock = false): Promise<DecisionRecord> {
    if (!UUID.test(decisionId)) throw new DecisionNotFoundError(decisionId);
    const rows = (await manager.query(`SELECT * FROM ${q(this.names.decisions)} WHERE id = $1 AND workspace_id = $2${lock ? ' FOR UPDATE' : ''}`, [decisionId, workspaceId])) as Row[];
    const row = rows[0];
    if (row === undefined) throw new DecisionNotFoundError(decisionId);
    const [reviews, effects] = await Promise.all([
      manager.query(`SELECT * FROM ${q(this.names.reviews)} WHERE decision_id = $1 ORDER BY round`, [decisionId]) as Promise<Row[]>,
      manager.query(`SELECT * FROM ${q(this.names.effects)} WHERE decision_id = $1`, [decisionId]) as Promise<Row[]>,
    ]);
    return { ...decision(row), reviews: reviews.map(review), effectState: effects[0] === undefined ? null : effect(effects[0]) };
  }

  /** Decisions of the workspace, newest first, without reviews (`effectState` and `reviews` empty). */
  async list(manager: EntityManager, workspaceId: string, filter: DecisionListFilter): Promise<{ total: number; items: DecisionRecord[] }> {
    const where = ['workspace_id = $1'];
    const params: unknown[] = [workspaceId];
    for (const [column, value] of [['purpose', filter.purpose], ['status', filter.status], ['effect', filter.effect], ['subject_id', filter.subjectId]] as const) {
      if (value === undefined) continue;
      params.push(value);
      where.push(`${column} = $${params.length}`);
    }
    const table = q(this.names.decisions);
    const [{ total }] = (await manager.query(`SELECT count(*)::int AS total FROM ${table} WHERE ${where.join(' AND ')}`, params)) as [{ total: number }];
    const rows = (await manager.query(
      `SELECT * FROM ${table} WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.limit, filter.offset],
    )) as Row[];
    return { total, items: rows.map((r) => ({ ...decision(r), reviews: [], effectState: null })) };
  }

  /**
   * Which of the given (workspace, effect, target) triples already have an open decision (proposed, approved or
   * contested), as `workspaceId:effect:targetId` keys.
   */
  async openKeys(manager: EntityManager, triples: readonly { workspaceId: string; effect: string; targetId: string }[]): Promise<Set<string>> {
    if (triples.length === 0) return new Set();
    const rows = (await manager.query(
      `SELECT d.workspace_id, d.effect, d.target_id FROM ${q(this.names.decisions)} d
         JOIN unnest($1::uuid[], $2::text[], $3::uuid[]) AS k(w, e, t) ON d.workspace_id = k.w AND d.effect = k.e AND d.target_id = k.t
        WHERE d.status = ANY($4::text[])`,
      [triples.map((t) => t.workspaceId), triples.map((t) => t.effect), triples.map((t) => t.targetId), [...OPEN_DECISION_STATUSES]],
    )) as Row[];
    return new Set(rows.map((r) => `${String(r['workspace_id'])}:${String(r['effect'])}:${String(r['target_id'])}`));
  }

  /**
   * The decision's timeline, oldest first. Every decision has its `proposed` event, so none means the decision is
   * absent from the workspace: `DecisionNotFoundError`.
   */
  async timeline(manager: EntityManager, workspaceId: string, decisionId: string): Promise<DecisionEventRecord[]> {
    if (!UUID.test(decisionId)) throw new DecisionNotFoundError(decisionId);
    const rows = (await manager.query(`SELECT * FROM ${q(this.names.events)} WHERE decision_id = $1 AND workspace_id = $2 ORDER BY at, id`, [decisionId, workspaceId])) as Row[];
    if (rows.length === 0) throw new DecisionNotFoundError(decisionId);
    return rows.map((r) => ({
      id: String(r['id']),
      type: r['type'] as DecisionEventRecord['type'],
      actorUserId: (r['actor_user_id'] as string | null) ?? null,
      statement: (r['statement'] as string | null) ?? null,
      detail: (r['detail'] as Record<string, unknown> | null) ?? null,
      at: new Date(r['at'] as string),
    }));
  }
}

function decision(r: Row): Omit<DecisionRecord, 'reviews' | 'effectState'> {
  return {
    id: String(r['id']),
    workspaceId: String(r['workspace_id']),
    purpose: String(r['purpose']),
    effect: String(r['effect']),
    subjectId: String(r['subject_id']),
    targetId: String(r['target_id']),
    params: r['params'] as Record<string, unknown>,
    score: r['score'] === null ? null : Number(r['score']),
    explanation: r['explanation'] as DecisionRecord['explanation'],
    inputs: r['inputs'] as Record<string, unknown>,
    modelVersion: String(r['model_version']),
    triggeredBy: String(r['triggered_by_user_id']),
    runId: (r['run_id'] as string | null) ?? null,
    status: r['status'] as DecisionStatus,
    createdAt: new Date(r['created_at'] as string),
    updatedAt: new Date(r['updated_at'] as string),
  };
}

function review(r: Row): DecisionReviewRecord {
  return {
    id: String(r['id']),
    round: Number(r['round']),
    reviewerUserId: String(r['reviewer_user_id']),
    outcome: r['outcome'] as DecisionReviewRecord['outcome'],
    rationale: String(r['rationale']),
    params: (r['params'] as Record<string, unknown> | null) ?? null,
    createdAt: new Date(r['created_at'] as string),
  };
}

function effect(r: Row): DecisionEffectRecord {
  return {
    id: String(r['id']),
    reviewId: String(r['review_id']),
    status: r['status'] as DecisionEffectRecord['status'],
    params: r['params'] as Record<string, unknown>,
    appliedByUserId: String(r['applied_by_user_id']),
    appliedAt: new Date(r['applied_at'] as string),
    updatedAt: new Date(r['updated_at'] as string),
  };
}
