import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AppModule } from '../app.module';
import { createTestDatabaseTarget, type TestDatabaseTarget } from '../testing/test-database';

describe('GET /health', () => {
  let app: INestApplication;
  let db: TestDatabaseTarget;

  beforeAll(async () => {
    db = await createTestDatabaseTarget();
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ database: db.target })] }).compile();
    app = await moduleRef.createNestApplication({ logger: false }).init();
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('answers ok once migrations have run, naming the database in use', async () => {
    const res = await request(app.getHttpServer()).get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: db.target.kind, migrations: expect.any(Number) });
    expect(res.body.migrations).toBeGreaterThan(0);
  });
});
