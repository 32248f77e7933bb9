import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * A new, empty PostgreSQL database on the server of `serverUrl`, private to one test file (Jest workers run
 * files in parallel), and how to drop it.
 *
 * @example
 * const { url, drop } = await createPrivatePostgresDatabase(process.env.DATABASE_URL);
 * afterAll(drop);
 */
export async function createPrivatePostgresDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `lawful_nestjs_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
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
