import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChatThreadAssignee1796167981632 implements MigrationInterface {
  name = 'ChatThreadAssignee1796167981632';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "chat_threads" ADD "assigned_user_id" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "chat_threads" DROP COLUMN "assigned_user_id"`);
  }
}
