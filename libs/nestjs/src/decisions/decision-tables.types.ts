/**
 * Names of the four tables the review gate works on. Their columns are fixed (snake_case), the application declares
 * them as its own (annotated) entities:
 * - decisions: `id uuid, workspace_id uuid, purpose text, effect text, subject_id uuid, target_id uuid, params jsonb,
 *   score double precision NULL, explanation jsonb, inputs jsonb, model_version text, triggered_by_user_id uuid,
 *   run_id uuid NULL, status text, created_at timestamptz, updated_at timestamptz`;
 * - reviews: `id uuid, workspace_id uuid, decision_id uuid, round int, reviewer_user_id uuid, outcome text,
 *   rationale text, params jsonb NULL, created_at timestamptz` (UNIQUE (decision_id, round));
 * - effects: `id uuid, workspace_id uuid, decision_id uuid UNIQUE, review_id uuid, effect text, params jsonb,
 *   status text, before jsonb NULL, applied_by_user_id uuid, applied_at timestamptz, updated_at timestamptz`;
 * - events: `id uuid, workspace_id uuid, decision_id uuid, type text, actor_user_id uuid NULL, statement text NULL,
 *   detail jsonb NULL, at timestamptz`.
 * `reviewGateSchemaSql()` adds the triggers that make the database refuse what the gate refuses.
 *
 * @example
 * const names: DecisionTableNames = { ...DEFAULT_DECISION_TABLES, decisions: 'ai_decisions' };
 */
export interface DecisionTableNames {
  readonly decisions: string;
  readonly reviews: string;
  readonly effects: string;
  readonly events: string;
}

/**
 * The table names the gate uses unless told otherwise.
 *
 * @example
 * reviewGateSchemaSql(DEFAULT_DECISION_TABLES);
 */
export const DEFAULT_DECISION_TABLES: DecisionTableNames = Object.freeze({
  decisions: 'automated_decisions',
  reviews: 'decision_reviews',
  effects: 'decision_effects',
  events: 'decision_events',
});
