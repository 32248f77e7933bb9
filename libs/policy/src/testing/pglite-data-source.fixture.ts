import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import type { TestEntities } from './policy-entities.fixture';

/**
 * Ids of the seeded rows: two workspaces, three people in W1 and two in W2, deals, two accounts with sessions.
 *
 * @example
 * factory.build({ workspaceId: IDS.w1, userId: IDS.u1, role: 'viewer', purpose: 'service.crm', restrictions: NO_RESTRICTIONS });
 */
export const IDS = {
  w1: '10000000-0000-4000-8000-000000000001',
  w2: '10000000-0000-4000-8000-000000000002',
  p1: '20000000-0000-4000-8000-000000000001',
  p2: '20000000-0000-4000-8000-000000000002',
  p3: '20000000-0000-4000-8000-000000000003',
  p4: '20000000-0000-4000-8000-000000000004',
  p5: '20000000-0000-4000-8000-000000000005',
  d1: '30000000-0000-4000-8000-000000000001',
  d2: '30000000-0000-4000-8000-000000000002',
  d3: '30000000-0000-4000-8000-000000000003',
  d4: '30000000-0000-4000-8000-000000000004',
  u1: '40000000-0000-4000-8000-000000000001',
  u2: '40000000-0000-4000-8000-000000000002',
  s1: '50000000-0000-4000-8000-000000000001',
  s2: '50000000-0000-4000-8000-000000000002',
  s3: '50000000-0000-4000-8000-000000000003',
} as const;

/**
 * An in-memory PGlite database with the test entities' tables (`synchronize`, fine in a library test) and a
 * small seed. Destroy it in `afterAll`.
 *
 * @example
 * const dataSource = await openSeededDataSource(entities);
 * afterAll(() => dataSource.destroy());
 */
export async function openSeededDataSource(entities: TestEntities): Promise<DataSource> {
  // `@electric-sql/pglite/contrib/*` has no types under node10 resolution (as in the app's data source).
  const { pgcrypto } = require('@electric-sql/pglite/contrib/pgcrypto') as { pgcrypto: unknown };
  const dataSource = new DataSource({
    type: 'postgres',
    driver: new PGliteDriver({ extensions: { pgcrypto } } as never).driver,
    entities: Object.values(entities),
    uuidExtension: 'pgcrypto',
    synchronize: true,
  });
  await dataSource.initialize();
  await seed(dataSource, entities);
  return dataSource;
}

async function seed(dataSource: DataSource, { Person, Deal, Account, Session }: TestEntities): Promise<void> {
  const { w1, w2 } = IDS;
  await dataSource.getRepository(Person).insert([
    { id: IDS.p1, workspaceId: w1, name: 'Ada', email: 'ada@example.test', phone: '+100', score: 90, stage: 'customer' },
    { id: IDS.p2, workspaceId: w1, name: 'Bob', email: null, phone: '+200', score: 40, stage: 'lead' },
    { id: IDS.p3, workspaceId: w1, name: 'Cyd', email: 'cyd@example.test', phone: null, score: 10, stage: 'lead' },
    { id: IDS.p4, workspaceId: w2, name: 'Dee', email: 'dee@example.test', phone: '+400', score: 70, stage: 'customer' },
    { id: IDS.p5, workspaceId: w2, name: 'Eve', email: null, phone: null, score: 20, stage: 'lead' },
  ]);
  await dataSource.getRepository(Deal).insert([
    { id: IDS.d1, workspaceId: w1, personId: IDS.p1, title: 'Renewal', amount: 1000, notes: 'call back' },
    { id: IDS.d2, workspaceId: w1, personId: null, title: 'Upsell', amount: 500, notes: null },
    { id: IDS.d3, workspaceId: w2, personId: IDS.p4, title: 'Pilot', amount: 2000, notes: 'trial' },
    { id: IDS.d4, workspaceId: w2, personId: IDS.p5, title: 'Intro', amount: 50, notes: null },
  ]);
  await dataSource.getRepository(Account).insert([
    { id: IDS.u1, email: 'u1@example.test', displayName: 'User One' },
    { id: IDS.u2, email: 'u2@example.test', displayName: 'User Two' },
  ]);
  await dataSource.getRepository(Session).insert([
    { id: IDS.s1, accountId: IDS.u1, ip: '10.0.0.1' },
    { id: IDS.s2, accountId: IDS.u1, ip: null },
    { id: IDS.s3, accountId: IDS.u2, ip: '10.0.0.3' },
  ]);
}
