import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SubjectPathIndexes1796162522975 implements MigrationInterface {
  name = 'SubjectPathIndexes1796162522975';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_66ac8162b0eb1292c1961eea0b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_50728ad1878f2e64fff97ec774"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5cb075d962046c95877edc43ea"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_67c470e123ea7a7415b4cae22c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2177549baf50e32e14f2652fe0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6f0e1e2002ab092dd25f7de04b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b96be2700fb4e997f84e1d3e88"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1e4cfbdf12dab971737a895b3f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_59630a6353bd995c62add93966"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f372f50d59b3a4c387f3b90b00"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e26d015766518e1d9cbed521ca"`);
    await queryRunner.query(`CREATE INDEX "IDX_0ef06c1c2258fe6b73d53261d5" ON "chat_threads"  ("contact_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_437bff2879e8fab19c5d72dfee" ON "chat_messages"  ("sender_contact_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4571c504fb0e20c3a228f00882" ON "chat_messages"  ("thread_id", "sent_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_3744888456375a36cef7670907" ON "email_messages"  ("contact_id", "sent_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_95f3cb18799aa3676f6e2a52c5" ON "custom_field_values"  ("contact_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_76e504b6bb116e6cdc2ee6a0cb" ON "deals"  ("contact_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6c8bdfb7986097c8dfaa18a4aa" ON "note_contacts"  ("contact_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5489b511b5347d806677939151" ON "tasks"  ("contact_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_00130e9fa16a72ffc0e69f5841" ON "file_attachments"  ("task_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_624293b42b68b89b32f7e85a3a" ON "file_attachments"  ("deal_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_aa5502ea02b8732e475c254f1f" ON "file_attachments"  ("contact_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_18c2493067c11f44efb35ca0e0" ON "comments"  ("task_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5863acae12451e29b1414a3795" ON "time_logs"  ("task_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_bcd2314ce6874530938cd5c633" ON "lead_scores"  ("contact_id", "scored_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_3f55177f545b5064e8875b4a90" ON "contact_objections"  ("contact_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_fd63be82f2713cc35e2ba08d84" ON "contact_processing_restrictions"  ("contact_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_fd63be82f2713cc35e2ba08d84"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3f55177f545b5064e8875b4a90"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bcd2314ce6874530938cd5c633"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5863acae12451e29b1414a3795"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_18c2493067c11f44efb35ca0e0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aa5502ea02b8732e475c254f1f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_624293b42b68b89b32f7e85a3a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_00130e9fa16a72ffc0e69f5841"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5489b511b5347d806677939151"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6c8bdfb7986097c8dfaa18a4aa"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_76e504b6bb116e6cdc2ee6a0cb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_95f3cb18799aa3676f6e2a52c5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3744888456375a36cef7670907"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4571c504fb0e20c3a228f00882"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_437bff2879e8fab19c5d72dfee"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0ef06c1c2258fe6b73d53261d5"`);
    await queryRunner.query(`CREATE INDEX "IDX_e26d015766518e1d9cbed521ca" ON "lead_scores" USING btree ("contact_id", "scored_at", "workspace_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f372f50d59b3a4c387f3b90b00" ON "comments" USING btree ("task_id", "workspace_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_59630a6353bd995c62add93966" ON "file_attachments" USING btree ("contact_id", "workspace_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1e4cfbdf12dab971737a895b3f" ON "file_attachments" USING btree ("deal_id", "workspace_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b96be2700fb4e997f84e1d3e88" ON "file_attachments" USING btree ("task_id", "workspace_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6f0e1e2002ab092dd25f7de04b" ON "tasks" USING btree ("contact_id", "workspace_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2177549baf50e32e14f2652fe0" ON "note_contacts" USING btree ("contact_id", "workspace_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_67c470e123ea7a7415b4cae22c" ON "custom_field_values" USING btree ("contact_id", "workspace_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5cb075d962046c95877edc43ea" ON "email_messages" USING btree ("contact_id", "sent_at", "workspace_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_50728ad1878f2e64fff97ec774" ON "chat_messages" USING btree ("sent_at", "thread_id", "workspace_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_66ac8162b0eb1292c1961eea0b" ON "chat_threads" USING btree ("contact_id", "workspace_id") `);
  }
}
