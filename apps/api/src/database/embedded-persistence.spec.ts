import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Workspace } from '../controller/workspaces/workspace.entity';
import { dataSourceOptions } from './data-source.options';

describe('embedded database (PGlite on disk)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lawful-pglite-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const open = () => new DataSource(dataSourceOptions({ kind: 'pglite', dataDir })).initialize();

  it('keeps migrated schema and data across a restart, with uuid defaults from pgcrypto', async () => {
    const first = await open();
    await first.runMigrations();
    const [{ id }] = await first.query(`INSERT INTO workspaces (name, slug, settings, owner_id) VALUES ('Kept', 'kept', '{}', gen_random_uuid()) RETURNING id`);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await first.destroy();

    const second = await open();
    expect(await second.showMigrations()).toBe(false);
    expect((await second.getRepository(Workspace).findOneByOrFail({ id })).name).toBe('Kept');
    await second.destroy();
  });
});
