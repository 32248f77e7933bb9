import { mkdirSync } from 'node:fs';
import type { DataSourceOptions } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import { ENTITIES } from '../entities';
import type { DatabaseTarget } from './database-url';
import { MIGRATIONS } from './migrations';
import { PrivacySafeTypeOrmLogger } from './privacy-safe.logger';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * TypeORM options for the app: same entities and migrations on PostgreSQL and on PGlite; never `synchronize`.
 *
 * @example
 * new DataSource(dataSourceOptions(databaseTarget()));
 */
export function dataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each' as const,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto' as const,
    synchronize: false,
    logger: new PrivacySafeTypeOrmLogger(),
    logging: ['error' as const, 'warn' as const, 'migration' as const],
  };
  if (target.kind === 'postgres') return { ...common, url: target.url };
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  return { ...common, driver: pgliteDriver(target.dataDir) };
}

function pgliteDriver(dataDir: string | undefined): unknown {
   
  const { pgcrypto } = require('@electric-sql/pglite/contrib/pgcrypto') as { pgcrypto: unknown };
  return new PGliteDriver({ ...(dataDir ? { dataDir } : {}), extensions: { pgcrypto } } as never).driver;
}
