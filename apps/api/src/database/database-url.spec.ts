import { DEFAULT_PGLITE_DIR, databaseTarget } from './database-url';

describe('databaseTarget', () => {
  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(databaseTarget({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' })).toEqual({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(databaseTarget({ DATABASE_URL: ' postgresql://u@h/db ' })).toEqual({ kind: 'postgres', url: 'postgresql://u@h/db' });
  });

  it('falls back to the embedded database, persisted under .data/pglite unless told otherwise', () => {
    expect(databaseTarget({})).toEqual({ kind: 'pglite', dataDir: DEFAULT_PGLITE_DIR });
    expect(databaseTarget({ DATABASE_URL: '' })).toEqual({ kind: 'pglite', dataDir: DEFAULT_PGLITE_DIR });
    expect(databaseTarget({ PGLITE_DIR: '/tmp/x' })).toEqual({ kind: 'pglite', dataDir: '/tmp/x' });
    expect(databaseTarget({ PGLITE_DIR: 'memory' })).toEqual({ kind: 'pglite', dataDir: undefined });
  });

  it('rejects a DATABASE_URL that is not a PostgreSQL URL, saying how to fix it', () => {
    expect(() => databaseTarget({ DATABASE_URL: 'mysql://root@localhost/test' })).toThrow(/postgres:\/\/ or postgresql:\/\/ URL; unset it to use the embedded database/);
  });
});
