import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessAudit1795630912750 implements MigrationInterface {
  name = 'AccessAudit1795630912750';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "access_audit_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "workspace_id" uuid NOT NULL, "actor_id" uuid, "purpose" text NOT NULL, "entity" text NOT NULL, "action" text NOT NULL, "subject_ids" uuid array NOT NULL, "record_ids" uuid array NOT NULL, "fields" text array NOT NULL, CONSTRAINT "PK_4fe6ed0b69bba8630945fb4b4a5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0230b42e682cecd8fffd663b05" ON "access_audit_records" USING gin ("subject_ids") `);
    await queryRunner.query(`CREATE INDEX "IDX_5e75a9c4f7e1d9b4320f9249e3" ON "access_audit_records"  ("workspace_id", "occurred_at") `);
    // Append-only: no UPDATE, DELETE or TRUNCATE, except the explicit retention purge (a transaction that sets
    // lawful.audit_retention_purge = 'on' may delete rows older than the 90 days of the server_logs class).
    await queryRunner.query(`CREATE FUNCTION "access_audit_records_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('lawful.audit_retention_purge', true) = 'on' AND OLD."occurred_at" < now() - interval '90 days' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'access_audit_records is append-only: % rejected', TG_OP USING ERRCODE = 'integrity_constraint_violation';
END
$$`);
    await queryRunner.query(`CREATE TRIGGER "access_audit_records_no_change" BEFORE UPDATE OR DELETE ON "access_audit_records" FOR EACH ROW EXECUTE FUNCTION "access_audit_records_append_only"()`);
    await queryRunner.query(`CREATE TRIGGER "access_audit_records_no_truncate" BEFORE TRUNCATE ON "access_audit_records" FOR EACH STATEMENT EXECUTE FUNCTION "access_audit_records_append_only"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "access_audit_records_no_truncate" ON "access_audit_records"`);
    await queryRunner.query(`DROP TRIGGER "access_audit_records_no_change" ON "access_audit_records"`);
    await queryRunner.query(`DROP FUNCTION "access_audit_records_append_only"()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5e75a9c4f7e1d9b4320f9249e3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0230b42e682cecd8fffd663b05"`);
    await queryRunner.query(`DROP TABLE "access_audit_records"`);
  }
}
