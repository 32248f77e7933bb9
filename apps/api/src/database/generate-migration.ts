import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.options';
import { databaseTarget } from './database-url';

/**
 * Renders a TypeORM migration class from up/down SQL statements.
 *
 * @example
 * renderMigration('Init', 1764000000000, ['CREATE TABLE a ()'], ['DROP TABLE a']);
 */
export function renderMigration(name: string, timestamp: number, up: string[], down: string[]): string {
  const literal = (sql: string) => '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
  const q = (sql: string) => `    await queryRunner.query(${literal(sql)});`;
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map(q).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down.map(q).join('\n')}
  }
}
`;
}

/**
 * Writes `migrations/<timestamp>-<name>.migration.ts` with the SQL that brings the migrated schema in line with
 * the entities; returns what it did.
 *
 * @example
 * await generateMigration('AddDealStage');
 */
export async function generateMigration(name: string, directory = join(process.cwd(), 'apps', 'api', 'src', 'database', 'migrations')): Promise<string> {
  const dataSource = await new DataSource(dataSourceOptions(databaseTarget())).initialize();
  try {
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) return 'Schema is up to date: no migration needed.';
    const timestamp = Date.now();
    const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    const file = join(directory, `${timestamp}-${kebab}.migration.ts`);
    const up = sql.upQueries.map((q) => q.query);
    const down = sql.downQueries.map((q) => q.query).reverse();
    writeFileSync(file, renderMigration(name, timestamp, up, down));
    return `Wrote ${file}; add ${name}${timestamp} to migrations/index.ts.`;
  } finally {
    await dataSource.destroy();
  }
}
