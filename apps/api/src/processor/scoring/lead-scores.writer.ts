import type { EntityManager } from 'typeorm';
import type { LeadScoreExplanation } from './lead-score.entity';

/**
 * One score to store.
 *
 * @example
 * const item: LeadScoreInsert = { contactId, score: 0.73, explanation: { intercept, logit, contributions, inputs } };
 */
export interface LeadScoreInsert {
  contactId: string;
  score: number;
  explanation: LeadScoreExplanation;
}

/** Rows per INSERT statement (one JSON parameter each). */
export const LEAD_SCORE_BATCH = 5000;

/**
 * Inserts the scores of one run in batches of `LEAD_SCORE_BATCH`, each ONE statement (`jsonb_to_recordset` of one
 * parameter): the score is rounded to 4 decimals (the column's scale) and only contacts of `workspaceId` are
 * written (joined on `contacts`). Calls `onBatch` with each batch's contact ids and the new rows' ids.
 *
 * @example
 * await writeLeadScores(manager, { workspaceId, modelVersion: 'lr-3', scoredAt: new Date() }, items, (batch) => audit(batch));
 */
export async function writeLeadScores(
  manager: EntityManager,
  run: { workspaceId: string; modelVersion: string; scoredAt: Date },
  items: readonly LeadScoreInsert[],
  onBatch?: (batch: { contactIds: string[]; ids: string[] }) => void | Promise<void>,
): Promise<number> {
  let written = 0;
  for (let start = 0; start < items.length; start += LEAD_SCORE_BATCH) {
    const batch = items.slice(start, start + LEAD_SCORE_BATCH);
    const json = JSON.stringify(batch.map((i) => ({ contact_id: i.contactId, score: i.score, explanation: i.explanation })));
    const rows = (await manager.query(
      `INSERT INTO lead_scores (workspace_id, contact_id, score, model_version, explanation, scored_at)
       SELECT $1, x.contact_id, round(x.score::numeric, 4), $2, x.explanation, $3
       FROM jsonb_to_recordset($4::jsonb) AS x(contact_id uuid, score float8, explanation jsonb)
       JOIN contacts c ON c.id = x.contact_id AND c.workspace_id = $1
       RETURNING id::text AS id, contact_id::text AS contact_id`,
      [run.workspaceId, run.modelVersion, run.scoredAt.toISOString(), json],
    )) as { id: string; contact_id: string }[];
    written += rows.length;
    await onBatch?.({ contactIds: rows.map((r) => r.contact_id), ids: rows.map((r) => r.id) });
  }
  return written;
}
