import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DedicatedCursors } from './dedicated.cursors';
import type { ExportCursors, ExportSelect } from './export-cursors.types';
import { HeldCursors } from './held.cursors';

/**
 * Opens one cursor per SELECT, all in one snapshot, on a connection of the DataSource: `DedicatedCursors` (a
 * streaming transaction on a pooled `pg` connection) or, when the driver hands every query runner the same
 * connection (typeorm-pglite), `HeldCursors` (materialised in one atomic statement). Cursor names are random,
 * so concurrent exports never collide on a shared session.
 *
 * @example
 * const cursors = await openExportCursors(dataSource, [(ws) => `SELECT ... WHERE e."workspace_id" = ${ws}`], workspaceId);
 * try { for (let rows; (rows = await cursors.fetch(0, 1000)).length > 0; ) write(rows); } finally { await cursors.close(); }
 */
export async function openExportCursors(dataSource: DataSource, selects: readonly ExportSelect[], workspaceId: string): Promise<ExportCursors> {
  const prefix = `lawful_export_${randomBytes(6).toString('hex')}`;
  const names = selects.map((_, i) => `${prefix}_${i}`);
  const queryRunner = dataSource.createQueryRunner('master');
  let connection: unknown;
  try {
    connection = await queryRunner.connect();
  } catch (error) {
    await queryRunner.release();
    throw error;
  }
  const shared = connection === (dataSource.driver as { master?: unknown }).master;
  return shared ? HeldCursors.open(queryRunner, selects, workspaceId, names) : DedicatedCursors.open(queryRunner, connection, selects, workspaceId, names);
}
