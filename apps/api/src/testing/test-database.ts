import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source.options';
import { databaseTarget } from '../database/database-url';

/** A migrated database private to one test file, and how to drop it. */
export interface TestDatabase {
  dataSource: DataSource;
  /** `pglite` (in memory) or `postgres` (a fresh database on the `DATABASE_URL` server). */
  kind: 'pglite' | 'postgres';
  destroy(): Promise<void>;
}

/**
 * Opens a database no other Jest worker uses: with `DATABASE_URL`, a new PostgreSQL database created for this
 * file and dropped by `destroy()`; otherwise an in-memory PGlite. Runs the migrations unless told not to.
 *
 * @example
 * const db = await openTestDatabase();
 * afterAll(() => db.destroy());
 */
export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const target = databaseTarget({ ...process.env, PGLITE_DIR: 'memory' });
  if (target.kind === 'pglite') {
    const dataSource = await new DataSource(dataSourceOptions(target)).initialize();
    if (options.migrate !== false) await dataSource.runMigrations();
    return { dataSource, kind: 'pglite', destroy: () => dataSource.destroy() };
  }
  const name = `lawful_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(target.url, `CREATE DATABASE ${name}`);
  const url = new URL(target.url);
  url.pathname = `/${name}`;
  const dataSource = await new DataSource(dataSourceOptions({ kind: 'postgres', url: url.toString() })).initialize();
  if (options.migrate !== false) await dataSource.runMigrations();
  return {
    dataSource,
    kind: 'postgres',
    destroy: async () => {
      await dataSource.destroy();
      await adminQuery(target.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
