import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LeadScoringModels1796166564046 implements MigrationInterface {
  name = 'LeadScoringModels1796166564046';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "lead_scoring_models" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "sequence" integer NOT NULL, "version" text NOT NULL, "feature_keys" jsonb NOT NULL, "means" jsonb NOT NULL, "scales" jsonb NOT NULL, "coefficients" jsonb NOT NULL, "intercept" double precision NOT NULL, "training_rows" integer NOT NULL, "positives" integer NOT NULL, "iterations" integer NOT NULL, "trained_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_aa91e240d1f638829a8a1bdcc9a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_47cbaa11b8bc89febeae279f94" ON "lead_scoring_models"  ("workspace_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e9be320f3d5d675e99cd132031" ON "lead_scoring_models"  ("workspace_id", "sequence") `);
    await queryRunner.query(`ALTER TABLE "lead_scoring_models" ADD CONSTRAINT "FK_47cbaa11b8bc89febeae279f945" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lead_scoring_models" DROP CONSTRAINT "FK_47cbaa11b8bc89febeae279f945"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e9be320f3d5d675e99cd132031"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_47cbaa11b8bc89febeae279f94"`);
    await queryRunner.query(`DROP TABLE "lead_scoring_models"`);
  }
}
