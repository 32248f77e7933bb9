import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { Workspace } from '../controller/workspaces/workspace.entity';
import { seedDemoData } from '../seed/demo.seed';
import { createTestDatabaseTarget } from './test-database';

/** Demo accounts the fixture logs in (password `demo-password`). */
export const DEMO_LOGINS = ['owner@demo.test', 'admin@demo.test', 'member@demo.test', 'viewer@demo.test', 'owner@other.test'] as const;

/** One demo account. */
export type DemoLogin = (typeof DEMO_LOGINS)[number];

/** Requests sent as one logged-in user, optionally naming a purpose in `X-Purpose`. */
export interface Caller {
  get(path: string): request.Test;
  post(path: string, body: object): request.Test;
  patch(path: string, body: object): request.Test;
  put(path: string, body: object): request.Test;
  delete(path: string): request.Test;
}

/** A booted reference API on its own seeded database. */
export interface SeededApp {
  app: INestApplication;
  dataSource: DataSource;
  /** Ids of the "Demo" and "Other" workspaces. */
  demo: string;
  other: string;
  as(who: DemoLogin, purpose?: string): Caller;
  close(): Promise<void>;
}

/**
 * Boots `AppModule` on a database private to the test file (PGlite, or PostgreSQL with `DATABASE_URL`), seeds
 * the demo data and logs every demo account in.
 *
 * @example
 * const seeded = await startSeededApp();
 * await seeded.as('member@demo.test').get(`/workspaces/${seeded.demo}/deals`).expect(200);
 * await seeded.close();
 */
export async function startSeededApp(): Promise<SeededApp> {
  const db = await createTestDatabaseTarget();
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ database: db.target })] }).compile();
  const app = await moduleRef.createNestApplication({ logger: false }).init();
  const dataSource = app.get(DataSource);
  await seedDemoData(dataSource);
  const workspaces = dataSource.getRepository(Workspace);
  const demo = (await workspaces.findOneByOrFail({ slug: 'demo' })).id;
  const other = (await workspaces.findOneByOrFail({ slug: 'other' })).id;
  const server = app.getHttpServer();
  const tokens = new Map<DemoLogin, string>();
  for (const email of DEMO_LOGINS) {
    tokens.set(email, (await request(server).post('/auth/login').send({ email, password: 'demo-password' }).expect(200)).body.token);
  }
  const as = (who: DemoLogin, purpose?: string): Caller => {
    const sign = (test: request.Test): request.Test => {
      test.set('Authorization', `Bearer ${tokens.get(who)}`);
      return purpose === undefined ? test : test.set('X-Purpose', purpose);
    };
    return {
      get: (path) => sign(request(server).get(path)),
      post: (path, body) => sign(request(server).post(path)).send(body),
      patch: (path, body) => sign(request(server).patch(path)).send(body),
      put: (path, body) => sign(request(server).put(path)).send(body),
      delete: (path) => sign(request(server).delete(path)),
    };
  };
  const close = async (): Promise<void> => {
    await app.close();
    await db.drop();
  };
  return { app, dataSource, demo, other, as, close };
}
