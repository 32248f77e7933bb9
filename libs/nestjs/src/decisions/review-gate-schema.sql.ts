import { MIN_RATIONALE_LENGTH } from '@lawful/decisions';
import { type DecisionTableNames, DEFAULT_DECISION_TABLES } from './decision-tables.types';
import { quoteIdentifier as q } from '../sql/quote-identifier.util';

function fail(message: string): string {
  return `RAISE EXCEPTION 'review gate: ${message}' USING ERRCODE = 'check_violation'`;
}

/**
 * DDL making the database enforce the review gate, so that a forgotten check in a new service (or a direct repository
 * write) still cannot apply a significant effect:
 * - an effect row can only be in force (`status = 'applied'`) with a review of the SAME decision that approved or
 *   modified it, which is the decision's latest review, while the decision is approved or applied (not proposed,
 *   contested or rejected);
 * - a review is refused from the person who triggered the run, from someone who already reviewed the decision, without
 *   a written rationale, or when the decision is not awaiting review;
 * - a proposal (effect, subject, target, parameters, score, explanation, inputs, model, trigger) is immutable;
 * - a decision's status can only become approved/applied after an approving latest review, rejected after a rejecting
 *   one, applied only with its effect row in force;
 * - reviews and timeline events are append-only: deleted only with their decision (a cascade) or inside an Art. 17
 *   erasure transaction (`ErasureExecutor` sets the transaction-local `lawful.erasure`).
 * Run `up` after creating the tables (in a migration), `down` to remove.
 *
 * @example
 * for (const sql of reviewGateSchemaSql().up) await queryRunner.query(sql);
 */
export function reviewGateSchemaSql(names: DecisionTableNames = DEFAULT_DECISION_TABLES): { up: string[]; down: string[] } {
  const [d, r, e, ev] = [q(names.decisions), q(names.reviews), q(names.effects), q(names.events)];
  const fn = (suffix: string) => q(`${names.decisions}_${suffix}`);
  const latestReview = (decision: string) => `(SELECT lr.id FROM ${r} lr WHERE lr.decision_id = ${decision} ORDER BY lr.round DESC LIMIT 1)`;
  const up = [
    `CREATE FUNCTION ${fn('effect_guard')}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'applied' THEN
    IF NOT EXISTS (SELECT 1 FROM ${r} rv WHERE rv.id = NEW.review_id AND rv.decision_id = NEW.decision_id AND rv.outcome IN ('approved', 'modified')) THEN
      ${fail('an effect can only be applied with an approving human review of the same decision')};
    END IF;
    IF NEW.review_id IS DISTINCT FROM ${latestReview('NEW.decision_id')} THEN
      ${fail("an effect can only be applied on the decision''s latest review")};
    END IF;
    IF NOT EXISTS (SELECT 1 FROM ${d} dc WHERE dc.id = NEW.decision_id AND dc.status IN ('approved', 'applied') AND dc.effect = NEW.effect) THEN
      ${fail('an effect can only be applied while its decision is approved')};
    END IF;
  END IF;
  RETURN NEW;
END $$`,
    `CREATE TRIGGER ${q(`${names.effects}_gate`)} BEFORE INSERT OR UPDATE ON ${e} FOR EACH ROW EXECUTE FUNCTION ${fn('effect_guard')}()`,
    `CREATE FUNCTION ${fn('review_guard')}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE dc RECORD;
BEGIN
  SELECT status, triggered_by_user_id INTO dc FROM ${d} WHERE id = NEW.decision_id;
  IF NOT FOUND OR dc.status NOT IN ('proposed', 'contested') THEN
    ${fail('only a proposed or contested decision can be reviewed')};
  END IF;
  IF NEW.reviewer_user_id = dc.triggered_by_user_id THEN
    ${fail('the person who triggered the run cannot review its decision')};
  END IF;
  IF EXISTS (SELECT 1 FROM ${r} rv WHERE rv.decision_id = NEW.decision_id AND rv.reviewer_user_id = NEW.reviewer_user_id) THEN
    ${fail('a decision must be reviewed again by a different person')};
  END IF;
  IF length(btrim(coalesce(NEW.rationale, ''))) < ${MIN_RATIONALE_LENGTH} THEN
    ${fail('a review needs a written rationale')};
  END IF;
  RETURN NEW;
END $$`,
    `CREATE TRIGGER ${q(`${names.reviews}_gate`)} BEFORE INSERT ON ${r} FOR EACH ROW EXECUTE FUNCTION ${fn('review_guard')}()`,
    `CREATE FUNCTION ${fn('status_guard')}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE outcome text;
BEGIN
  IF (NEW.workspace_id, NEW.purpose, NEW.effect, NEW.subject_id, NEW.target_id, NEW.params, NEW.score, NEW.explanation, NEW.inputs, NEW.model_version, NEW.triggered_by_user_id)
     IS DISTINCT FROM (OLD.workspace_id, OLD.purpose, OLD.effect, OLD.subject_id, OLD.target_id, OLD.params, OLD.score, OLD.explanation, OLD.inputs, OLD.model_version, OLD.triggered_by_user_id) THEN
    ${fail('a proposal is immutable once made; a modifying review records changed parameters')};
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    SELECT rv.outcome INTO outcome FROM ${r} rv WHERE rv.decision_id = NEW.id ORDER BY rv.round DESC LIMIT 1;
    IF NEW.status IN ('approved', 'applied') AND (outcome IS NULL OR outcome NOT IN ('approved', 'modified') OR OLD.status NOT IN ('proposed', 'contested', 'approved')) THEN
      ${fail('a decision is approved or applied only after an approving human review')};
    END IF;
    IF NEW.status = 'applied' AND NOT EXISTS (SELECT 1 FROM ${e} ef WHERE ef.decision_id = NEW.id AND ef.status = 'applied') THEN
      ${fail('a decision is applied only with its effect in force')};
    END IF;
    IF NEW.status = 'rejected' AND outcome IS DISTINCT FROM 'rejected' THEN
      ${fail('a decision is rejected only by a human review')};
    END IF;
    IF NEW.status = 'proposed' THEN
      ${fail('a reviewed decision cannot return to proposed')};
    END IF;
  END IF;
  RETURN NEW;
END $$`,
    `CREATE TRIGGER ${q(`${names.decisions}_gate`)} BEFORE UPDATE ON ${d} FOR EACH ROW EXECUTE FUNCTION ${fn('status_guard')}()`,
    `CREATE FUNCTION ${fn('append_only')}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND (current_setting('lawful.erasure', true) = 'on' OR NOT EXISTS (SELECT 1 FROM ${d} WHERE id = OLD.decision_id)) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only: % rejected', TG_TABLE_NAME, TG_OP USING ERRCODE = 'integrity_constraint_violation';
END $$`,
    ...[r, ev].flatMap((table, i) => {
      const name = [names.reviews, names.events][i];
      return [
        `CREATE TRIGGER ${q(`${name}_append_only`)} BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${fn('append_only')}()`,
        `CREATE TRIGGER ${q(`${name}_no_truncate`)} BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${fn('append_only')}()`,
      ];
    }),
  ];
  const down = [
    ...[names.reviews, names.events].flatMap((name) => [
      `DROP TRIGGER IF EXISTS ${q(`${name}_no_truncate`)} ON ${q(name)}`,
      `DROP TRIGGER IF EXISTS ${q(`${name}_append_only`)} ON ${q(name)}`,
    ]),
    `DROP FUNCTION IF EXISTS ${fn('append_only')}()`,
    `DROP TRIGGER IF EXISTS ${q(`${names.decisions}_gate`)} ON ${d}`,
    `DROP FUNCTION IF EXISTS ${fn('status_guard')}()`,
    `DROP TRIGGER IF EXISTS ${q(`${names.reviews}_gate`)} ON ${r}`,
    `DROP FUNCTION IF EXISTS ${fn('review_guard')}()`,
    `DROP TRIGGER IF EXISTS ${q(`${names.effects}_gate`)} ON ${e}`,
    `DROP FUNCTION IF EXISTS ${fn('effect_guard')}()`,
  ];
  return { up, down };
}
