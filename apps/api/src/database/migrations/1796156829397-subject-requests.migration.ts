import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The status-history tables a trigger keeps append-only. */
const HISTORY_TABLES = ['subject_request_events', 'account_privacy_request_events'] as const;

export class SubjectRequests1796156829397 implements MigrationInterface {
  name = 'SubjectRequests1796156829397';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "account_privacy_request_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "actor_user_id" uuid, "step" text NOT NULL, "from_status" text, "to_status" text NOT NULL, "note" text NOT NULL, CONSTRAINT "PK_f143b213de5e90f1498ae6d2203" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_960947799b79f05467f99ea42e" ON "account_privacy_request_events"  ("request_id", "occurred_at") `);
    await queryRunner.query(`CREATE TABLE "account_privacy_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "status" text NOT NULL, "origin" text NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "identity_state" text NOT NULL, "verification_method" text, "verified_at" TIMESTAMP WITH TIME ZONE, "next_due_at" TIMESTAMP WITH TIME ZONE, "outcome" text, "rejection_reason" text, "closed_at" TIMESTAMP WITH TIME ZONE, "intake_reference" uuid, "user_id" uuid, "right" text NOT NULL, "jurisdiction" text NOT NULL, "extensions" jsonb NOT NULL DEFAULT '[]', "details" text, CONSTRAINT "PK_741c70206c482bbe74ade569ca2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3459fd7f7e89f270d3dd652dfb" ON "account_privacy_requests"  ("user_id", "received_at") `);
    await queryRunner.query(`CREATE TABLE "subject_request_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "actor_user_id" uuid, "step" text NOT NULL, "from_status" text, "to_status" text NOT NULL, "note" text NOT NULL, "workspace_id" uuid NOT NULL, CONSTRAINT "PK_10e8e8da20abe7b4962e06e59a3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f1ed847d2eda42a40dd8a05ebd" ON "subject_request_events"  ("request_id", "occurred_at") `);
    await queryRunner.query(`CREATE TABLE "subject_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "status" text NOT NULL, "origin" text NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "identity_state" text NOT NULL, "verification_method" text, "verified_at" TIMESTAMP WITH TIME ZONE, "next_due_at" TIMESTAMP WITH TIME ZONE, "outcome" text, "rejection_reason" text, "closed_at" TIMESTAMP WITH TIME ZONE, "intake_reference" uuid, "workspace_id" uuid NOT NULL, "contact_id" uuid, "right" text NOT NULL, "jurisdiction" text NOT NULL, "extensions" jsonb NOT NULL DEFAULT '[]', "requester_email" text, "details" text, "recorded_by_user_id" uuid, CONSTRAINT "PK_e41fc1331d81aa013aeeb45a22c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_be5f0409927476e22ee9e1777d" ON "subject_requests"  ("workspace_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1ff0f74332473502bc98f2fc9c" ON "subject_requests"  ("contact_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7239be66858e61f622b8b2b971" ON "subject_requests"  ("workspace_id", "status", "next_due_at") `);
    await queryRunner.query(`ALTER TABLE "account_privacy_requests" ADD CONSTRAINT "FK_2f56cce4b523ebe793e9335e9a5" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "subject_requests" ADD CONSTRAINT "FK_1ff0f74332473502bc98f2fc9cb" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // Status histories are append-only: no UPDATE, DELETE or TRUNCATE (like access_audit_records, without a purge).
    await queryRunner.query(`CREATE FUNCTION "request_history_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % rejected', TG_TABLE_NAME, TG_OP USING ERRCODE = 'integrity_constraint_violation';
END
$$`);
    for (const table of HISTORY_TABLES) {
      await queryRunner.query(`CREATE TRIGGER "${table}_no_change" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "request_history_append_only"()`);
      await queryRunner.query(`CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "request_history_append_only"()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of HISTORY_TABLES) {
      await queryRunner.query(`DROP TRIGGER "${table}_no_truncate" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_no_change" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "request_history_append_only"()`);
    await queryRunner.query(`ALTER TABLE "subject_requests" DROP CONSTRAINT "FK_1ff0f74332473502bc98f2fc9cb"`);
    await queryRunner.query(`ALTER TABLE "account_privacy_requests" DROP CONSTRAINT "FK_2f56cce4b523ebe793e9335e9a5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7239be66858e61f622b8b2b971"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1ff0f74332473502bc98f2fc9c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_be5f0409927476e22ee9e1777d"`);
    await queryRunner.query(`DROP TABLE "subject_requests"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f1ed847d2eda42a40dd8a05ebd"`);
    await queryRunner.query(`DROP TABLE "subject_request_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3459fd7f7e89f270d3dd652dfb"`);
    await queryRunner.query(`DROP TABLE "account_privacy_requests"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_960947799b79f05467f99ea42e"`);
    await queryRunner.query(`DROP TABLE "account_privacy_request_events"`);
  }
}
