import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `reviewGateSchemaSql().up` of @lawful/nestjs as of this migration (frozen: a later library change needs a new migration). */
const GATE_UP = [
  `CREATE FUNCTION "automated_decisions_effect_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'applied' THEN
    IF NOT EXISTS (SELECT 1 FROM "decision_reviews" rv WHERE rv.id = NEW.review_id AND rv.decision_id = NEW.decision_id AND rv.outcome IN ('approved', 'modified')) THEN
      RAISE EXCEPTION 'review gate: an effect can only be applied with an approving human review of the same decision' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.review_id IS DISTINCT FROM (SELECT lr.id FROM "decision_reviews" lr WHERE lr.decision_id = NEW.decision_id ORDER BY lr.round DESC LIMIT 1) THEN
      RAISE EXCEPTION 'review gate: an effect can only be applied on the decision''s latest review' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM "automated_decisions" dc WHERE dc.id = NEW.decision_id AND dc.status IN ('approved', 'applied') AND dc.effect = NEW.effect) THEN
      RAISE EXCEPTION 'review gate: an effect can only be applied while its decision is approved' USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$`,
  `CREATE TRIGGER "decision_effects_gate" BEFORE INSERT OR UPDATE ON "decision_effects" FOR EACH ROW EXECUTE FUNCTION "automated_decisions_effect_guard"()`,
  `CREATE FUNCTION "automated_decisions_review_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE dc RECORD;
BEGIN
  SELECT status, triggered_by_user_id INTO dc FROM "automated_decisions" WHERE id = NEW.decision_id;
  IF NOT FOUND OR dc.status NOT IN ('proposed', 'contested') THEN
    RAISE EXCEPTION 'review gate: only a proposed or contested decision can be reviewed' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.reviewer_user_id = dc.triggered_by_user_id THEN
    RAISE EXCEPTION 'review gate: the person who triggered the run cannot review its decision' USING ERRCODE = 'check_violation';
  END IF;
  IF EXISTS (SELECT 1 FROM "decision_reviews" rv WHERE rv.decision_id = NEW.decision_id AND rv.reviewer_user_id = NEW.reviewer_user_id) THEN
    RAISE EXCEPTION 'review gate: a decision must be reviewed again by a different person' USING ERRCODE = 'check_violation';
  END IF;
  IF length(btrim(coalesce(NEW.rationale, ''))) < 10 THEN
    RAISE EXCEPTION 'review gate: a review needs a written rationale' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$`,
  `CREATE TRIGGER "decision_reviews_gate" BEFORE INSERT ON "decision_reviews" FOR EACH ROW EXECUTE FUNCTION "automated_decisions_review_guard"()`,
  `CREATE FUNCTION "automated_decisions_status_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE outcome text;
BEGIN
  IF (NEW.workspace_id, NEW.purpose, NEW.effect, NEW.subject_id, NEW.target_id, NEW.params, NEW.score, NEW.explanation, NEW.inputs, NEW.model_version, NEW.triggered_by_user_id)
     IS DISTINCT FROM (OLD.workspace_id, OLD.purpose, OLD.effect, OLD.subject_id, OLD.target_id, OLD.params, OLD.score, OLD.explanation, OLD.inputs, OLD.model_version, OLD.triggered_by_user_id) THEN
    RAISE EXCEPTION 'review gate: a proposal is immutable once made; a modifying review records changed parameters' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    SELECT rv.outcome INTO outcome FROM "decision_reviews" rv WHERE rv.decision_id = NEW.id ORDER BY rv.round DESC LIMIT 1;
    IF NEW.status IN ('approved', 'applied') AND (outcome IS NULL OR outcome NOT IN ('approved', 'modified') OR OLD.status NOT IN ('proposed', 'contested', 'approved')) THEN
      RAISE EXCEPTION 'review gate: a decision is approved or applied only after an approving human review' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.status = 'applied' AND NOT EXISTS (SELECT 1 FROM "decision_effects" ef WHERE ef.decision_id = NEW.id AND ef.status = 'applied') THEN
      RAISE EXCEPTION 'review gate: a decision is applied only with its effect in force' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.status = 'rejected' AND outcome IS DISTINCT FROM 'rejected' THEN
      RAISE EXCEPTION 'review gate: a decision is rejected only by a human review' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.status = 'proposed' THEN
      RAISE EXCEPTION 'review gate: a reviewed decision cannot return to proposed' USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$`,
  `CREATE TRIGGER "automated_decisions_gate" BEFORE UPDATE ON "automated_decisions" FOR EACH ROW EXECUTE FUNCTION "automated_decisions_status_guard"()`,
  `CREATE FUNCTION "automated_decisions_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND (current_setting('lawful.erasure', true) = 'on' OR NOT EXISTS (SELECT 1 FROM "automated_decisions" WHERE id = OLD.decision_id)) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only: % rejected', TG_TABLE_NAME, TG_OP USING ERRCODE = 'integrity_constraint_violation';
END $$`,
  `CREATE TRIGGER "decision_reviews_append_only" BEFORE UPDATE OR DELETE ON "decision_reviews" FOR EACH ROW EXECUTE FUNCTION "automated_decisions_append_only"()`,
  `CREATE TRIGGER "decision_reviews_no_truncate" BEFORE TRUNCATE ON "decision_reviews" FOR EACH STATEMENT EXECUTE FUNCTION "automated_decisions_append_only"()`,
  `CREATE TRIGGER "decision_events_append_only" BEFORE UPDATE OR DELETE ON "decision_events" FOR EACH ROW EXECUTE FUNCTION "automated_decisions_append_only"()`,
  `CREATE TRIGGER "decision_events_no_truncate" BEFORE TRUNCATE ON "decision_events" FOR EACH STATEMENT EXECUTE FUNCTION "automated_decisions_append_only"()`,
];

/** `reviewGateSchemaSql().down`, frozen likewise. */
const GATE_DOWN = [
  `DROP TRIGGER IF EXISTS "decision_reviews_no_truncate" ON "decision_reviews"`,
  `DROP TRIGGER IF EXISTS "decision_reviews_append_only" ON "decision_reviews"`,
  `DROP TRIGGER IF EXISTS "decision_events_no_truncate" ON "decision_events"`,
  `DROP TRIGGER IF EXISTS "decision_events_append_only" ON "decision_events"`,
  `DROP FUNCTION IF EXISTS "automated_decisions_append_only"()`,
  `DROP TRIGGER IF EXISTS "automated_decisions_gate" ON "automated_decisions"`,
  `DROP FUNCTION IF EXISTS "automated_decisions_status_guard"()`,
  `DROP TRIGGER IF EXISTS "decision_reviews_gate" ON "decision_reviews"`,
  `DROP FUNCTION IF EXISTS "automated_decisions_review_guard"()`,
  `DROP TRIGGER IF EXISTS "decision_effects_gate" ON "decision_effects"`,
  `DROP FUNCTION IF EXISTS "automated_decisions_effect_guard"()`,
];

export class AutomatedDecisions1796167638323 implements MigrationInterface {
  name = 'AutomatedDecisions1796167638323';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "automated_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "purpose" text NOT NULL, "effect" text NOT NULL, "subject_id" uuid NOT NULL, "target_id" uuid NOT NULL, "params" jsonb NOT NULL, "score" double precision, "explanation" jsonb NOT NULL, "inputs" jsonb NOT NULL, "model_version" text NOT NULL, "triggered_by_user_id" uuid NOT NULL, "run_id" uuid, "status" text NOT NULL DEFAULT 'proposed', CONSTRAINT "automated_decisions_status_check" CHECK ("status" IN ('proposed', 'approved', 'applied', 'contested', 'rejected')), CONSTRAINT "PK_e6ac450ec892fe2fc7ac717b0ea" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d701fcf18071d323ee4a6b7eae" ON "automated_decisions"  ("workspace_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a55f8d90dd394b523cd31f2eea" ON "automated_decisions"  ("workspace_id", "effect", "target_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2ec249735fedcfa7b45e40e414" ON "automated_decisions"  ("subject_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_687da2995a1ff09f160dd7041c" ON "automated_decisions"  ("workspace_id", "status", "created_at") `);
    await queryRunner.query(`CREATE TABLE "decision_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "round" integer NOT NULL, "reviewer_user_id" uuid NOT NULL, "outcome" text NOT NULL, "rationale" text NOT NULL, "params" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_219ed21c0955c7ebb679eece6c0" UNIQUE ("decision_id", "round"), CONSTRAINT "decision_reviews_outcome_check" CHECK ("outcome" IN ('approved', 'rejected', 'modified')), CONSTRAINT "PK_3aa572be3f7ab78af48486133db" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "decision_effects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "review_id" uuid NOT NULL, "effect" text NOT NULL, "params" jsonb NOT NULL, "status" text NOT NULL, "before" jsonb, "applied_by_user_id" uuid NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "decision_effects_status_check" CHECK ("status" IN ('applied', 'suspended', 'revoked')), CONSTRAINT "PK_655d55f6fbfb6e5069434a7b324" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_98b9df3072efa830ba836313e5" ON "decision_effects"  ("decision_id") `);
    await queryRunner.query(`CREATE TABLE "decision_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "type" text NOT NULL, "actor_user_id" uuid, "statement" text, "detail" jsonb, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_f093f3054d220d53c3e93d38974" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_429222d4cad3cead1f7c513e81" ON "decision_events"  ("decision_id", "at") `);
    await queryRunner.query(`ALTER TABLE "automated_decisions" ADD CONSTRAINT "FK_2ec249735fedcfa7b45e40e4141" FOREIGN KEY ("subject_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "decision_reviews" ADD CONSTRAINT "FK_d89a56a6f922ae28ecd53b076dd" FOREIGN KEY ("decision_id") REFERENCES "automated_decisions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "decision_effects" ADD CONSTRAINT "FK_98b9df3072efa830ba836313e5a" FOREIGN KEY ("decision_id") REFERENCES "automated_decisions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "decision_effects" ADD CONSTRAINT "FK_345339d417e5b682a0e676e04ea" FOREIGN KEY ("review_id") REFERENCES "decision_reviews"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "decision_events" ADD CONSTRAINT "FK_875ab1429b7caf63ea6a0031236" FOREIGN KEY ("decision_id") REFERENCES "automated_decisions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // The human-review gate in the database: no effect in force without an approving review, append-only timeline.
    for (const sql of GATE_UP) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of GATE_DOWN) await queryRunner.query(sql);
    await queryRunner.query(`ALTER TABLE "decision_events" DROP CONSTRAINT "FK_875ab1429b7caf63ea6a0031236"`);
    await queryRunner.query(`ALTER TABLE "decision_effects" DROP CONSTRAINT "FK_345339d417e5b682a0e676e04ea"`);
    await queryRunner.query(`ALTER TABLE "decision_effects" DROP CONSTRAINT "FK_98b9df3072efa830ba836313e5a"`);
    await queryRunner.query(`ALTER TABLE "decision_reviews" DROP CONSTRAINT "FK_d89a56a6f922ae28ecd53b076dd"`);
    await queryRunner.query(`ALTER TABLE "automated_decisions" DROP CONSTRAINT "FK_2ec249735fedcfa7b45e40e4141"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_429222d4cad3cead1f7c513e81"`);
    await queryRunner.query(`DROP TABLE "decision_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_98b9df3072efa830ba836313e5"`);
    await queryRunner.query(`DROP TABLE "decision_effects"`);
    await queryRunner.query(`DROP TABLE "decision_reviews"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_687da2995a1ff09f160dd7041c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2ec249735fedcfa7b45e40e414"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a55f8d90dd394b523cd31f2eea"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d701fcf18071d323ee4a6b7eae"`);
    await queryRunner.query(`DROP TABLE "automated_decisions"`);
  }
}
