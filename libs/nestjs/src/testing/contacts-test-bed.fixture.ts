import { getMetadataStorage } from '@lawful/annotations';
import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { LawfulAuditOptions } from '../module/lawful-module-options.types';
import { createContactsApp } from './contacts-app.fixture';
import { type LawfulDbEntities, openLawfulDataSource, setUpLawfulDbFixture } from './lawful-db.fixture';

/**
 * What a database test of `LawfulQuery` works with: the entities, their seeded database, the contacts app
 * over it, and `close()` (app, database, metadata storage).
 *
 * @example
 * let bed: ContactsTestBed;
 * beforeAll(async () => (bed = await openContactsTestBed()));
 * afterAll(() => bed?.close());
 */
export interface ContactsTestBed {
  entities: LawfulDbEntities;
  dataSource: DataSource;
  app: INestApplication;
  close(): Promise<void>;
}

/**
 * Sets up the database fixture (`setUpLawfulDbFixture`, `openLawfulDataSource`) and `createContactsApp` over it,
 * with `audit` when given.
 *
 * @example
 * const bed = await openContactsTestBed({ sink: new MemoryAuditSink() });
 * await request(bed.app.getHttpServer()).get('/contacts').set('X-Purpose', 'marketing').set('x-test-workspace', 'w1');
 * await bed.close();
 */
export async function openContactsTestBed(audit?: LawfulAuditOptions): Promise<ContactsTestBed> {
  const entities = setUpLawfulDbFixture();
  const dataSource = await openLawfulDataSource(entities);
  const app = await createContactsApp(dataSource, entities, audit);
  return {
    entities,
    dataSource,
    app,
    close: async () => {
      await app.close();
      await dataSource.destroy();
      getMetadataStorage().clear();
    },
  };
}
