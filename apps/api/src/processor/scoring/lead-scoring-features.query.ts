import type { EntityManager } from 'typeorm';
import { INBOUND_SOURCES, LEAD_SCORING_FEATURES, LEAD_SCORING_LABEL, type LeadScoringFeature } from './lead-scoring.features';

/**
 * One eligible contact's feature values (in `LEAD_SCORING_FEATURES` order) and its training label, if any.
 *
 * @example
 * const row: FeatureRow = { contactId: 'c1', values: [2, 6, 0, 1, 0, 1, 1200, 12.5, 1, 0, 1], label: 1 };
 */
export interface FeatureRow {
  contactId: string;
  values: number[];
  label: 0 | 1 | null;
}

/**
 * What one extraction read: the eligible contacts' rows (ordered by contact id) and how many contacts were
 * skipped, each counted once (a restricted contact counts as restricted even when it also objected).
 *
 * @example
 * const { rows, skipped } = await extractLeadScoringFeatures(manager, workspaceId, ['ai.lead_scoring', 'ai'], new Date());
 */
export interface FeatureExtraction {
  rows: FeatureRow[];
  skipped: { objected: number; restricted: number };
}

/**
 * The ONE statement extracting the features of a workspace's contacts. Every table is filtered on
 * `workspace_id = $1`; contacts restricted (Art. 18, `lifted_at IS NULL`) or objecting to one of `$2` (the purpose
 * and its ancestors, `withdrawn_at IS NULL`) are left out before anything about them is aggregated. Per-contact
 * aggregates are computed set-based (GROUP BY over the eligible contacts) and LEFT JOINed. `$3` is the as-of time,
 * `$4` the inbound sources. The first row always carries the skipped counts (no contact columns when none is
 * eligible).
 *
 * @example
 * await manager.query(leadScoringFeaturesSql(), [workspaceId, ['ai.lead_scoring', 'ai'], asOf, INBOUND_SOURCES]);
 */
export function leadScoringFeaturesSql(features: readonly LeadScoringFeature[] = LEAD_SCORING_FEATURES): string {
  const columns = features.map((f, i) => `(${f.sql})::float8 AS f${i}`).join(',\n      ');
  return `WITH restricted AS (
    SELECT DISTINCT r.contact_id FROM contact_processing_restrictions r WHERE r.workspace_id = $1 AND r.lifted_at IS NULL
  ), objected AS (
    SELECT DISTINCT o.contact_id FROM contact_objections o WHERE o.workspace_id = $1 AND o.withdrawn_at IS NULL AND o.purpose = ANY($2::text[])
  ), states AS MATERIALIZED (
    SELECT c.id, c.job_title, c.source, c.company_id, c.last_contacted_at,
      EXISTS (SELECT 1 FROM restricted r WHERE r.contact_id = c.id) AS is_restricted,
      EXISTS (SELECT 1 FROM objected o WHERE o.contact_id = c.id) AS is_objected
    FROM contacts c WHERE c.workspace_id = $1
  ), eligible AS MATERIALIZED (
    SELECT id, job_title, source, company_id, last_contacted_at FROM states WHERE NOT is_restricted AND NOT is_objected
  ), skipped AS (
    SELECT count(*) FILTER (WHERE is_restricted)::int AS restricted, count(*) FILTER (WHERE is_objected AND NOT is_restricted)::int AS objected FROM states
  ), chat_in AS (
    SELECT m.sender_contact_id AS contact_id, count(*) AS n FROM chat_messages m JOIN eligible x ON x.id = m.sender_contact_id
    WHERE m.workspace_id = $1 GROUP BY m.sender_contact_id
  ), threads AS (
    SELECT t.contact_id, count(*) AS n FROM chat_threads t JOIN eligible x ON x.id = t.contact_id JOIN chat_messages m ON m.thread_id = t.id AND m.workspace_id = $1
    WHERE t.workspace_id = $1 GROUP BY t.contact_id
  ), email_in AS (
    SELECT em.contact_id, count(*) AS n FROM email_messages em JOIN eligible x ON x.id = em.contact_id
    WHERE em.workspace_id = $1 AND em.direction = 'inbound' GROUP BY em.contact_id
  ), notes AS (
    SELECT nc.contact_id, count(*) AS n FROM note_contacts nc JOIN eligible x ON x.id = nc.contact_id WHERE nc.workspace_id = $1 GROUP BY nc.contact_id
  ), tasks AS (
    SELECT tk.contact_id, count(*) FILTER (WHERE tk.status <> 'done') AS open_n FROM tasks tk JOIN eligible x ON x.id = tk.contact_id
    WHERE tk.workspace_id = $1 GROUP BY tk.contact_id
  ), deals AS (
    SELECT d.contact_id, count(*) FILTER (WHERE d.outcome = 'open') AS open_n, sum(d.value) FILTER (WHERE d.outcome = 'open') AS open_value,
      bool_or(d.outcome = 'won') AS won, bool_or(d.outcome = 'lost') AS lost
    FROM deals d JOIN eligible x ON x.id = d.contact_id WHERE d.workspace_id = $1 GROUP BY d.contact_id
  ), features AS (
    SELECT e.id::text AS contact_id,
      ${columns},
      (${LEAD_SCORING_LABEL.sql})::int AS label
    FROM eligible e
    LEFT JOIN chat_in ON chat_in.contact_id = e.id
    LEFT JOIN threads ON threads.contact_id = e.id
    LEFT JOIN email_in ON email_in.contact_id = e.id
    LEFT JOIN notes ON notes.contact_id = e.id
    LEFT JOIN tasks ON tasks.contact_id = e.id
    LEFT JOIN deals ON deals.contact_id = e.id
  )
  SELECT s.restricted, s.objected, f.* FROM skipped s LEFT JOIN features f ON true ORDER BY f.contact_id COLLATE "C"`;
}

type RawRow = { restricted: number; objected: number; contact_id: string | null; label: number | null } & Record<string, unknown>;

/**
 * Runs `leadScoringFeaturesSql` for one workspace, as of `asOf`, leaving out contacts restricted or objecting to
 * any of `objectionPurposes`. In a transaction, JIT is switched off for the rest of it (`SET LOCAL jit = off`).
 *
 * @example
 * const plan = subjectStatePlan('ai.lead_scoring', storage.registry);
 * const extraction = await extractLeadScoringFeatures(dataSource.manager, workspaceId, plan.objectionPurposes ?? [], new Date());
 */
export async function extractLeadScoringFeatures(manager: EntityManager, workspaceId: string, objectionPurposes: readonly string[], asOf: Date): Promise<FeatureExtraction> {
  // JIT compilation of this wide plan costs ~1.5 s on PostgreSQL, more than executing it for 100k contacts.
  if (manager.queryRunner?.isTransactionActive) await manager.query('SET LOCAL jit = off');
  const raw = (await manager.query(leadScoringFeaturesSql(), [workspaceId, [...objectionPurposes], asOf.toISOString(), [...INBOUND_SOURCES]])) as RawRow[];
  const width = LEAD_SCORING_FEATURES.length;
  const rows: FeatureRow[] = [];
  for (const r of raw) {
    if (r.contact_id === null) continue;
    const values = new Array<number>(width);
    for (let i = 0; i < width; i++) values[i] = Number(r[`f${i}`]);
    rows.push({ contactId: r.contact_id, values, label: r.label === null ? null : r.label === 1 ? 1 : 0 });
  }
  const first = raw[0];
  return { rows, skipped: { objected: Number(first?.objected ?? 0), restricted: Number(first?.restricted ?? 0) } };
}
