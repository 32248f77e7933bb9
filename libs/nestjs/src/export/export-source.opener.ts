import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DedicatedCopies } from './dedicated.copies';
import type { ExportSelect, ExportSource } from './export-cursors.types';
import { HeldCursors } from './held.cursors';

/**
 * Opens what an export reads its SELECTs from, all in one snapshot, on a connection of the DataSource:
 * `DedicatedCopies` (COPY streams in a transaction on a pooled `pg` connection) or, when the driver hands every
 * query runner the same connection (typeorm-pglite, which has no `COPY TO STDOUT`), `HeldCursors` (materialised
 * in one atomic statement). Cursor names are random, so concurrent exports never collide on a shared session.
 *
 * @example
 * const source = await openExportSource(dataSource, [(ws) => `SELECT ... WHERE e."workspace_id" = ${ws}`], workspaceId);
 * try { if (source.kind === 'cursors') await source.fetch(0, 1000); } finally { await source.close(); }
 */
export async function openExportSource(dataSource: DataSource, selects: readonly ExportSelect[], workspaceId: string): Promise<ExportSource> {
  const queryRunner = dataSource.createQueryRunner('master');
  let connection: unknown;
  try {
    connection = await queryRunner.connect();
  } catch (error) {
    await queryRunner.release();
    throw error;
  }
  if (connection !== (dataSource.driver as { master?: unknown }).master) return DedicatedCopies.open(queryRunner, connection, selects, workspaceId);
  const prefix = `lawful_export_${randomBytes(6).toString('hex')}`;
  return HeldCursors.open(queryRunner, selects, workspaceId, selects.map((_, i) => `${prefix}_${i}`));
}
