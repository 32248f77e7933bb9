import { join } from 'node:path';

/** Where the embedded database keeps its files when no `DATABASE_URL` is set (git-ignored). */
export const DEFAULT_PGLITE_DIR = join(process.cwd(), '.data', 'pglite');

/** Which database to use: PostgreSQL at `DATABASE_URL`, or embedded PGlite (persisted, or in memory). */
export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | undefined };

/**
 * Reads the database target from the environment: `DATABASE_URL` selects PostgreSQL; otherwise PGlite in
 * `PGLITE_DIR` (default `.data/pglite`), or in memory when `PGLITE_DIR=memory`.
 *
 * @example
 * databaseTarget({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' }); // { kind: 'postgres', ... }
 */
export function databaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env['DATABASE_URL']?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL; unset it to use the embedded database');
    }
    return { kind: 'postgres', url };
  }
  const dir = env['PGLITE_DIR']?.trim();
  return { kind: 'pglite', dataDir: dir === 'memory' ? undefined : dir || DEFAULT_PGLITE_DIR };
}
