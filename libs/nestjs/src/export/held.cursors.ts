import type { QueryRunner } from 'typeorm';
import type { ExportCursors, ExportSelect } from './export-cursors.types';
import { quoteLiteral } from './export-select.sql';

/**
 * Cursors on a connection every query runner shares — typeorm-pglite, where all requests run on PGlite's one
 * session. typeorm-pglite does not serialise transactions: it hands every query runner the same PGlite object,
 * and PGlite only serialises single statements (`query`/`exec` each take its transaction lock), so a
 * `START TRANSACTION … COMMIT` held open across several statements would let other requests' statements run
 * inside it (and a READ ONLY one would make their writes fail).
 *
 * So the snapshot is taken by ONE multi-statement string — one `exec`, during which PGlite runs nothing else:
 * `SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`, then one `DECLARE … NO SCROLL CURSOR WITH HOLD`
 * per SELECT, all in the string's implicit transaction, committed at its end. At that commit PostgreSQL
 * materialises the held cursors (in memory up to `work_mem`, then temporary files — PGlite's file system,
 * which is memory for an in-memory database), so the rows of every entity are those of one snapshot; later
 * `FETCH`es are single statements that interleave freely with other requests and see no later write. The
 * export is consistent on PGlite too, but not constant-memory there (the snapshot is a copy).
 *
 * The string never commits or rolls back anyone else's transaction: if another request left a transaction
 * open on the shared session, `SET TRANSACTION` (after a query of theirs) or the `DO` guard (a transaction
 * started earlier than this statement) raises, the export fails, and their transaction is aborted rather than
 * half-committed. `close()` closes the held cursors and releases the query runner.
 *
 * @example
 * const cursors = await HeldCursors.open(queryRunner, selects, workspaceId, names);
 */
export class HeldCursors implements ExportCursors {
  readonly kind = 'cursors';
  private closed = false;

  private constructor(
    private readonly queryRunner: QueryRunner,
    private readonly names: readonly string[],
  ) {}

  static async open(queryRunner: QueryRunner, selects: readonly ExportSelect[], workspaceId: string, names: readonly string[]): Promise<HeldCursors> {
    const workspace = quoteLiteral(workspaceId);
    const statements = [
      'SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY',
      `DO $$BEGIN IF now() <> statement_timestamp() THEN RAISE EXCEPTION 'lawful export: the shared session is inside another transaction'; END IF; END$$`,
      ...selects.map((select, i) => `DECLARE ${names[i]} NO SCROLL CURSOR WITH HOLD FOR ${select(workspace)}`),
    ];
    try {
      await queryRunner.query(statements.join(';\n')); // no parameters: one exec, one implicit transaction
    } catch (error) {
      await queryRunner.release();
      throw error;
    }
    return new HeldCursors(queryRunner, names);
  }

  async fetch(index: number, count: number): Promise<unknown[][]> {
    const rows = (await this.queryRunner.query(`FETCH ${count} FROM ${this.names[index]}`)) as Record<string, unknown>[];
    return rows.map((row) => Object.values(row));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.queryRunner.query(this.names.map((name) => `CLOSE ${name}`).join('; '));
    } finally {
      await this.queryRunner.release();
    }
  }
}
