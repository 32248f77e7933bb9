import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SubjectStateAndFieldRestrictions1795630915558 implements MigrationInterface {
  name = 'SubjectStateAndFieldRestrictions1795630915558';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "workspace_field_restrictions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "version" integer NOT NULL, "hidden" jsonb NOT NULL DEFAULT '{}', "created_by_user_id" uuid NOT NULL, CONSTRAINT "PK_33a866d7fa70dfbc9ba57eea107" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_02201d4e02eb198ca5c28ee2bf" ON "workspace_field_restrictions"  ("workspace_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_16eba542a11461049a44f73885" ON "workspace_field_restrictions"  ("workspace_id", "version") `);
    await queryRunner.query(`CREATE TABLE "contact_consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "purpose" text NOT NULL, "granted" boolean NOT NULL, "method" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "recorded_by_user_id" uuid NOT NULL, CONSTRAINT "PK_26eccb4585059cb3c7cf2d63d54" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d71266f22257c99efb9b74ec92" ON "contact_consents"  ("workspace_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_28df7998a4a71895081cb23561" ON "contact_consents"  ("contact_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c48a51d13c1d4a5dd9fdf6c416" ON "contact_consents"  ("workspace_id", "purpose", "contact_id", "recorded_at") `);
    await queryRunner.query(`CREATE TABLE "contact_objections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "purpose" text NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8adb74d56c63a4b01b2938837fa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ff047160d98e1cc1802b2e431e" ON "contact_objections"  ("workspace_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_92aade147f89a4383287679fa1" ON "contact_objections"  ("workspace_id", "purpose") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1c1ea23582a1518c66ad89bc37" ON "contact_objections"  ("contact_id", "purpose") WHERE "withdrawn_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "contact_processing_restrictions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "reason" text NOT NULL, "lifted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_decdf251181fea7449a94aefee7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_699ec2c7d872284c1b1dc4e68f" ON "contact_processing_restrictions"  ("workspace_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3105ff89167439538175086719" ON "contact_processing_restrictions"  ("contact_id") WHERE "lifted_at" IS NULL`);
    await queryRunner.query(`ALTER TABLE "contact_consents" ADD CONSTRAINT "FK_28df7998a4a71895081cb235614" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contact_objections" ADD CONSTRAINT "FK_3f55177f545b5064e8875b4a902" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contact_processing_restrictions" ADD CONSTRAINT "FK_fd63be82f2713cc35e2ba08d844" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contact_processing_restrictions" DROP CONSTRAINT "FK_fd63be82f2713cc35e2ba08d844"`);
    await queryRunner.query(`ALTER TABLE "contact_objections" DROP CONSTRAINT "FK_3f55177f545b5064e8875b4a902"`);
    await queryRunner.query(`ALTER TABLE "contact_consents" DROP CONSTRAINT "FK_28df7998a4a71895081cb235614"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3105ff89167439538175086719"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_699ec2c7d872284c1b1dc4e68f"`);
    await queryRunner.query(`DROP TABLE "contact_processing_restrictions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1c1ea23582a1518c66ad89bc37"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_92aade147f89a4383287679fa1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ff047160d98e1cc1802b2e431e"`);
    await queryRunner.query(`DROP TABLE "contact_objections"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c48a51d13c1d4a5dd9fdf6c416"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_28df7998a4a71895081cb23561"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d71266f22257c99efb9b74ec92"`);
    await queryRunner.query(`DROP TABLE "contact_consents"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_16eba542a11461049a44f73885"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_02201d4e02eb198ca5c28ee2bf"`);
    await queryRunner.query(`DROP TABLE "workspace_field_restrictions"`);
  }
}
