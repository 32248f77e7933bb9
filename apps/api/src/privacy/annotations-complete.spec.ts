import { type EntityTarget, getMetadataStorage } from '@lawful/annotations';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source.options';
import { ENTITIES } from '../entities';
import { ensurePrivacySealed } from './register-privacy';

describe('reference data model annotations', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions({ kind: 'pglite', dataDir: undefined })).initialize();
  });
  afterAll(() => dataSource.destroy());

  it('seals: every annotation resolves against the registered taxonomy', () => {
    expect(() => ensurePrivacySealed()).not.toThrow();
  });

  it('annotates every column of every entity (enumerated from TypeORM metadata)', () => {
    const storage = getMetadataStorage();
    const missing: string[] = [];
    for (const meta of dataSource.entityMetadatas) {
      for (const column of meta.columns) {
        if (!storage.fieldOf(meta.target as EntityTarget, column.propertyName)) missing.push(`${meta.name}.${column.propertyName}`);
      }
    }
    expect(missing).toEqual([]);
    expect(dataSource.entityMetadatas.length).toBe(ENTITIES.length);
  });

  it('declares a processing role on every entity', () => {
    const storage = getMetadataStorage();
    const without = ENTITIES.filter((e) => !storage.roleOf(e)).map((e) => e.name);
    expect(without).toEqual([]);
  });
});
