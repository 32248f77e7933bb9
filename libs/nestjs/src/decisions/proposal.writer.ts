import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { DecisionProposal } from './decision-record.types';
import type { DecisionTableNames } from './decision-tables.types';
import { quoteIdentifier as q } from '../sql/quote-identifier.util';

const COLUMNS = ['id', 'workspace_id', 'purpose', 'effect', 'subject_id', 'target_id', 'params', 'score', 'explanation', 'inputs', 'model_version', 'triggered_by_user_id', 'run_id'] as const;
const TYPES = ['uuid', 'uuid', 'text', 'text', 'uuid', 'uuid', 'jsonb', 'float8', 'jsonb', 'jsonb', 'text', 'uuid', 'uuid'] as const;
const BATCH = 2000;

/**
 * Inserts proposals as `proposed` decisions with their `proposed` timeline events, in batches of one statement each
 * (column arrays through `unnest`; ids made here), and returns the new ids in input order.
 *
 * @example
 * const ids = await insertProposals(manager, DEFAULT_DECISION_TABLES, proposals);
 */
export async function insertProposals(manager: EntityManager, names: DecisionTableNames, proposals: readonly DecisionProposal[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < proposals.length; start += BATCH) {
    const batch = proposals.slice(start, start + BATCH);
    const columns: unknown[][] = COLUMNS.map(() => []);
    const push = (i: number, v: unknown): void => void columns[i]?.push(v);
    for (const p of batch) {
      const id = randomUUID();
      ids.push(id);
      const values = [id, p.workspaceId, p.purpose, p.effect, p.subjectId, p.targetId, JSON.stringify(p.params), p.score, JSON.stringify(p.explanation), JSON.stringify(p.inputs), p.modelVersion, p.triggeredBy, p.runId ?? null];
      values.forEach((v, i) => push(i, v));
    }
    const source = COLUMNS.map((_, i) => `$${i + 1}::${TYPES[i] === 'jsonb' ? 'text' : TYPES[i]}[]`).join(', ');
    const select = COLUMNS.map((c, i) => (TYPES[i] === 'jsonb' ? `u.${c}::jsonb` : `u.${c}`)).join(', ');
    await manager.query(
      `WITH u AS (SELECT * FROM unnest(${source}) WITH ORDINALITY AS u(${COLUMNS.join(', ')}, n)),
       ins AS (INSERT INTO ${q(names.decisions)} (${COLUMNS.join(', ')}, status) SELECT ${select}, 'proposed' FROM u ORDER BY u.n RETURNING id, workspace_id, triggered_by_user_id)
       INSERT INTO ${q(names.events)} (workspace_id, decision_id, type, actor_user_id) SELECT workspace_id, id, 'proposed', triggered_by_user_id FROM ins`,
      columns,
    );
  }
  return ids;
}
