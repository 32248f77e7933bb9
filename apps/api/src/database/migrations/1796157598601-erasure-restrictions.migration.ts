import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ErasureRestrictions1796157598601 implements MigrationInterface {
  name = 'ErasureRestrictions1796157598601';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "account_erasure_certificates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "subject_type" text NOT NULL, "subject_entity" text NOT NULL, "executed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "request_id" uuid, "steps" jsonb NOT NULL, CONSTRAINT "PK_0b7af53c3d389f1e5d859f8adcc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_637c615dec9079d53ff2a3617f" ON "account_erasure_certificates"  ("executed_at") `);
    await queryRunner.query(`CREATE TABLE "account_erasure_restrictions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "entity" text NOT NULL, "record_id" uuid NOT NULL, "reason" text NOT NULL, "held_fields" text array NOT NULL, "restricted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "certificate_id" uuid NOT NULL, CONSTRAINT "PK_53a549dd686a2cbf3037a820093" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c9248dd3b8a861986940e0e504" ON "account_erasure_restrictions"  ("entity", "record_id") `);
    await queryRunner.query(`CREATE TABLE "erasure_certificates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "subject_type" text NOT NULL, "subject_entity" text NOT NULL, "executed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "request_id" uuid, "workspace_id" uuid NOT NULL, "executed_by_user_id" uuid NOT NULL, "steps" jsonb NOT NULL, CONSTRAINT "PK_037fcc1406c2fa549eea93543b4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1a2eb74f107bc720deebc0ab06" ON "erasure_certificates"  ("workspace_id", "executed_at") `);
    await queryRunner.query(`CREATE TABLE "erasure_restrictions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "entity" text NOT NULL, "record_id" uuid NOT NULL, "reason" text NOT NULL, "held_fields" text array NOT NULL, "restricted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "certificate_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, CONSTRAINT "PK_5e5286e97c19e8fc195cf33c0ff" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_cc5ba198d194da01edefd83ee2" ON "erasure_restrictions"  ("entity", "record_id") `);
    await queryRunner.query(`ALTER TABLE "workspace_field_restrictions" ALTER COLUMN "created_by_user_id" DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "workspace_field_restrictions" ALTER COLUMN "created_by_user_id" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cc5ba198d194da01edefd83ee2"`);
    await queryRunner.query(`DROP TABLE "erasure_restrictions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1a2eb74f107bc720deebc0ab06"`);
    await queryRunner.query(`DROP TABLE "erasure_certificates"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c9248dd3b8a861986940e0e504"`);
    await queryRunner.query(`DROP TABLE "account_erasure_restrictions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_637c615dec9079d53ff2a3617f"`);
    await queryRunner.query(`DROP TABLE "account_erasure_certificates"`);
  }
}
