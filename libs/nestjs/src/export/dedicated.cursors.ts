import type { QueryRunner } from 'typeorm';
import type { ExportCursors, ExportSelect } from './export-cursors.types';

/** The part of a `pg` client the export uses: extended-protocol queries, rows as arrays. */
interface PgClient {
  query(config: { text: string; values?: unknown[]; rowMode?: 'array' }): Promise<{ rows: unknown[][] }>;
}

/**
 * Cursors on a connection of its own (the `pg` driver): one transaction `REPEATABLE READ, READ ONLY` — one
 * snapshot for every entity — with a `NO SCROLL` cursor per SELECT (`DECLARE ... CURSOR FOR`, workspace id as
 * `$1`), read with `FETCH n` in rows-as-arrays mode so `pg` builds no object per row. Nothing is materialised
 * on either side: memory stays one batch. `close()` rolls back (closing the cursors) and releases the
 * connection to the pool.
 *
 * @example
 * const cursors = await DedicatedCursors.open(queryRunner, client, selects, workspaceId, names);
 */
export class DedicatedCursors implements ExportCursors {
  private closed = false;

  private constructor(
    private readonly queryRunner: QueryRunner,
    private readonly client: PgClient,
    private readonly names: readonly string[],
  ) {}

  static async open(queryRunner: QueryRunner, client: unknown, selects: readonly ExportSelect[], workspaceId: string, names: readonly string[]): Promise<DedicatedCursors> {
    const cursors = new DedicatedCursors(queryRunner, client as PgClient, names);
    try {
      await cursors.client.query({ text: 'BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY' });
      for (const [i, select] of selects.entries()) {
        await cursors.client.query({ text: `DECLARE ${names[i]} NO SCROLL CURSOR FOR ${select('$1')}`, values: [workspaceId] });
      }
      return cursors;
    } catch (error) {
      await cursors.close();
      throw error;
    }
  }

  async fetch(index: number, count: number): Promise<unknown[][]> {
    return (await this.client.query({ text: `FETCH ${count} FROM ${this.names[index]}`, rowMode: 'array' })).rows;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.client.query({ text: 'ROLLBACK' });
    } finally {
      await this.queryRunner.release();
    }
  }
}
