import type { DataSource } from 'typeorm';

/** Setting that opens the append-only trigger of `access_audit_records` for the retention purge (transaction-local). */
export const AUDIT_RETENTION_PURGE_SETTING = 'lawful.audit_retention_purge';

/**
 * The explicit retention purge of the access audit: deletes the rows older than 90 days (retention class
 * `server_logs`, policy §7.2) in one transaction that sets `lawful.audit_retention_purge` locally. The table's
 * trigger lets nothing else delete, and even this path cannot delete younger rows. Returns how many rows went.
 *
 * @example
 * const purged = await purgeExpiredAccessAudit(dataSource); // e.g. from a daily job
 */
export async function purgeExpiredAccessAudit(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config($1, 'on', true)`, [AUDIT_RETENTION_PURGE_SETTING]);
    const [{ count }]: { count: number }[] = await manager.query(
      `WITH purged AS (DELETE FROM "access_audit_records" WHERE "occurred_at" < now() - interval '90 days' RETURNING 1) SELECT count(*)::int AS count FROM purged`,
    );
    return count;
  });
}
