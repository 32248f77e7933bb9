import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { Workspace } from '../controller/workspaces/workspace.entity';
import { seedDemoData } from '../seed/demo.seed';
import { createTestDatabaseTarget } from '../testing/test-database';

/** Requests as one signed-in demo account (`purpose` sets `X-Purpose` on reads). */
export interface DemoClient {
  get(path: string, purpose?: string): request.Test;
  post(path: string, body: object): request.Test;
  put(path: string, body: object): request.Test;
  patch(path: string, body: object): request.Test;
  delete(path: string): request.Test;
}

/** The reference API on a private, seeded test database, with the demo accounts signed in. */
export interface DemoApp {
  app: INestApplication;
  dataSource: DataSource;
  /** Ids of the "Demo" and "Other" workspaces. */
  demo: string;
  other: string;
  as(email: string): DemoClient;
  close(): Promise<void>;
}

/**
 * Boots `AppModule` on a test database of its own (PGlite, or PostgreSQL with `DATABASE_URL`), seeds the demo data
 * and logs in every listed account with `demo-password`. For e2e tests.
 *
 * @example
 * let s: DemoApp;
 * beforeAll(async () => { s = await startDemoApp(['owner@demo.test', 'member@demo.test']); });
 * afterAll(() => s?.close());
 * it('lists members', () => s.as('member@demo.test').get(`/workspaces/${s.demo}/members`).expect(200));
 */
export async function startDemoApp(emails: readonly string[]): Promise<DemoApp> {
  const db = await createTestDatabaseTarget();
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ database: db.target })] }).compile();
  const app = await moduleRef.createNestApplication({ logger: false }).init();
  const dataSource = app.get(DataSource);
  await seedDemoData(dataSource);
  const workspaces = dataSource.getRepository(Workspace);
  const [demo, other] = [(await workspaces.findOneByOrFail({ slug: 'demo' })).id, (await workspaces.findOneByOrFail({ slug: 'other' })).id];
  const tokens = new Map<string, string>();
  for (const email of emails) tokens.set(email, (await request(app.getHttpServer()).post('/auth/login').send({ email, password: 'demo-password' }).expect(200)).body.token);
  const as = (email: string): DemoClient => {
    const agent = request(app.getHttpServer());
    const auth = { Authorization: `Bearer ${tokens.get(email) ?? ''}` };
    return {
      get: (path, purpose) => (purpose === undefined ? agent.get(path).set(auth) : agent.get(path).set(auth).set('X-Purpose', purpose)),
      post: (path, body) => agent.post(path).set(auth).send(body),
      put: (path, body) => agent.put(path).set(auth).send(body),
      patch: (path, body) => agent.patch(path).set(auth).send(body),
      delete: (path) => agent.delete(path).set(auth),
    };
  };
  return { app, dataSource, demo, other, as, close: async () => {
    await app.close();
    await db.drop();
  } };
}
