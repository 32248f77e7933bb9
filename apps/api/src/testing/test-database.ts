import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source.options';
import { type DatabaseTarget, databaseTarget } from '../database/database-url';

/** A database private to one test file. */
export interface TestDatabaseTarget {
  target: DatabaseTarget;
  /** Drops the database (PostgreSQL); nothing to do for in-memory PGlite. */
  drop(): Promise<void>;
}

/** A migrated database private to one test file, and how to drop it. */
export interface TestDatabase {
  dataSource: DataSource;
  kind: DatabaseTarget['kind'];
  destroy(): Promise<void>;
}

/**
 * A database no other Jest worker uses: with `DATABASE_URL`, a new PostgreSQL database on that server (dropped by
 * `drop()`); otherwise an in-memory PGlite.
 *
 * @example
 * const { target, drop } = await createTestDatabaseTarget();
 */
export async function createTestDatabaseTarget(): Promise<TestDatabaseTarget> {
  const target = databaseTarget({ ...process.env, PGLITE_DIR: 'memory' });
  if (target.kind === 'pglite') return { target, drop: async () => undefined };
  const name = `lawful_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(target.url, `CREATE DATABASE ${name}`);
  const url = new URL(target.url);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: url.toString() },
    drop: () => adminQuery(target.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * Opens a test database (see `createTestDatabaseTarget`) and runs the migrations unless told not to.
 *
 * @example
 * const db = await openTestDatabase();
 * afterAll(() => db.destroy());
 */
export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const { target, drop } = await createTestDatabaseTarget();
  const dataSource = await new DataSource(dataSourceOptions(target)).initialize();
  if (options.migrate !== false) await dataSource.runMigrations();
  return {
    dataSource,
    kind: target.kind,
    destroy: async () => {
      await dataSource.destroy();
      await drop();
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
