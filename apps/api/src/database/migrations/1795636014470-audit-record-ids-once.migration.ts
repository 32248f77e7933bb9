import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `access_audit_records.record_ids` may be null: the rows accessed are the subjects (ids stored once, in subject_ids). */
export class AuditRecordIdsOnce1795636014470 implements MigrationInterface {
  name = 'AuditRecordIdsOnce1795636014470';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "access_audit_records" ALTER COLUMN "record_ids" DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Restores the explicit form of the rows stored once; the append-only trigger is paused for this one statement.
    await queryRunner.query(`ALTER TABLE "access_audit_records" DISABLE TRIGGER "access_audit_records_no_change"`);
    await queryRunner.query(`UPDATE "access_audit_records" SET "record_ids" = "subject_ids" WHERE "record_ids" IS NULL`);
    await queryRunner.query(`ALTER TABLE "access_audit_records" ENABLE TRIGGER "access_audit_records_no_change"`);
    await queryRunner.query(`ALTER TABLE "access_audit_records" ALTER COLUMN "record_ids" SET NOT NULL`);
  }
}
