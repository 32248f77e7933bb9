import type { Readable } from 'node:stream';
import { to as copyTo } from 'pg-copy-streams';
import type { QueryRunner } from 'typeorm';
import type { ExportCopies, ExportSelect } from './export-cursors.types';
import { quoteLiteral } from './export-select.sql';

/** The part of a `pg` client the export uses: simple queries and COPY streams. */
interface PgClient {
  query(text: string): Promise<unknown>;
  query<T extends Readable>(stream: T): T;
}

/** TypeORM's Postgres query runner can hand its connection back with an error: the pool then ends it, never reuses it. */
type DiscardingQueryRunner = QueryRunner & { releasePostgresConnection(error?: Error): Promise<void> };

/**
 * COPY streams on a connection of its own (the `pg` driver): one transaction `REPEATABLE READ, READ ONLY` whose
 * snapshot is taken at `open` (every entity read from it), then per SELECT
 * `COPY (<select>) TO STDOUT WITH (FORMAT binary)`, led by the comment `lawful workspace export` (which names it
 * in `pg_stat_activity`), through `pg-copy-streams`: PostgreSQL sends each row's line
 * as raw bytes, which the export passes on without decoding them to strings (see `BinaryCopyDecoder`). Reading
 * pauses the socket when the consumer stops, so PostgreSQL blocks on a slow client: memory stays bounded.
 *
 * `close()` rolls back and releases the connection to the pool. With a COPY still running (the sink closed or failed
 * mid-entity) the connection is not at a statement boundary: it is discarded instead (the pool ends it and
 * PostgreSQL aborts the transaction when the socket closes) — no second connection is needed, so cleanup cannot wait
 * on an exhausted pool.
 *
 * @example
 * const copies = await DedicatedCopies.open(queryRunner, client, selects, workspaceId);
 * try { for await (const chunk of copies.copy(0)) decode(chunk); } finally { await copies.close(); }
 */
export class DedicatedCopies implements ExportCopies {
  readonly kind = 'copies';
  private closed = false;
  private running: Readable | undefined;

  private constructor(
    private readonly queryRunner: QueryRunner,
    private readonly client: PgClient,
    private readonly selects: readonly ExportSelect[],
    private readonly workspace: string,
  ) {}

  static async open(queryRunner: QueryRunner, client: unknown, selects: readonly ExportSelect[], workspaceId: string): Promise<DedicatedCopies> {
    const copies = new DedicatedCopies(queryRunner, client as PgClient, selects, quoteLiteral(workspaceId));
    try {
      // COPY takes no parameters (simple protocol): the workspace id is a quoted literal. `SELECT 1` takes the snapshot now.
      await copies.client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; SELECT 1');
      return copies;
    } catch (error) {
      await copies.close();
      throw error;
    }
  }

  copy(index: number): AsyncIterable<Buffer> {
    if (this.running !== undefined && !this.settled(this.running)) throw new Error('DedicatedCopies: one COPY at a time');
    this.running = this.client.query(copyTo(`/* lawful workspace export */ COPY (${this.selects[index](this.workspace)}) TO STDOUT WITH (FORMAT binary)`));
    // Leaving the loop early must not destroy the stream: `close()` still has to bring the connection back.
    return this.running.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const runner = this.queryRunner as DiscardingQueryRunner;
    if (this.running !== undefined && !this.settled(this.running)) {
      this.running.on('error', () => undefined); // "connection terminated" once the pool ends the client
      await runner.releasePostgresConnection(new Error('workspace export closed mid-COPY'));
      return;
    }
    try {
      await this.client.query('ROLLBACK');
    } catch (error) {
      await runner.releasePostgresConnection(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    await this.queryRunner.release();
  }

  private settled(stream: Readable): boolean {
    return stream.readableEnded || stream.destroyed;
  }
}
