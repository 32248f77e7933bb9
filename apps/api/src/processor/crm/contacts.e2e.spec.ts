import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { Workspace } from '../../controller/workspaces/workspace.entity';
import { seedDemoData } from '../../seed/demo.seed';
import { createTestDatabaseTarget, type TestDatabaseTarget } from '../../testing/test-database';
import { Contact } from './contact.entity';

describe('GET /workspaces/:workspaceId/contacts (purpose service.crm)', () => {
  let app: INestApplication;
  let db: TestDatabaseTarget;
  let demo: string;
  let other: string;
  let otherContact: string;
  const tokens: Record<string, string> = {};
  const get = (path: string, who: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[who]}`);

  beforeAll(async () => {
    db = await createTestDatabaseTarget();
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ database: db.target })] }).compile();
    app = await moduleRef.createNestApplication({ logger: false }).init();
    const dataSource = app.get(DataSource);
    await seedDemoData(dataSource);
    demo = (await dataSource.getRepository(Workspace).findOneByOrFail({ slug: 'demo' })).id;
    other = (await dataSource.getRepository(Workspace).findOneByOrFail({ slug: 'other' })).id;
    otherContact = (await dataSource.getRepository(Contact).findOneByOrFail({ workspaceId: other })).id;
    for (const email of ['member@demo.test', 'viewer@demo.test', 'owner@other.test']) {
      tokens[email] = (await request(app.getHttpServer()).post('/auth/login').send({ email, password: 'demo-password' }).expect(200)).body.token;
    }
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('lists a page of the workspace\'s own contacts with the fields the purpose permits', async () => {
    const res = await get(`/workspaces/${demo}/contacts?pageSize=100`, 'member@demo.test').expect(200);
    expect(res.body).toMatchObject({ page: 1, pageSize: 100, total: 300 });
    expect(res.body.items).toHaveLength(100);
    for (const c of res.body.items) expect(c.workspaceId).toBe(demo);
    const keys = new Set(res.body.items.flatMap((c: object) => Object.keys(c)));
    expect(keys.has('firstName')).toBe(true);
    expect(keys.has('email')).toBe(true);
  });

  it('filters inside the workspace and validates the query (400 with messages)', async () => {
    const leads = await get(`/workspaces/${demo}/contacts?lifecycleStage=lead&pageSize=100`, 'viewer@demo.test').expect(200);
    expect(leads.body.items.every((c: { lifecycleStage: string }) => c.lifecycleStage === 'lead')).toBe(true);
    const bad = await get(`/workspaces/${demo}/contacts?pageSize=1000&sort=email`, 'viewer@demo.test').expect(400);
    expect(bad.body.message).toEqual(expect.arrayContaining(['pageSize must not be greater than 100', 'property sort should not exist']));
  });

  it('never reveals another workspace: 404 for its list and for its rows, 401 without a token', async () => {
    await get(`/workspaces/${demo}/contacts`, 'owner@other.test').expect(404);
    await get(`/workspaces/${demo}/contacts/${otherContact}`, 'member@demo.test').expect(404);
    const own = await get(`/workspaces/${other}/contacts/${otherContact}`, 'owner@other.test').expect(200);
    expect(own.body.id).toBe(otherContact);
    await request(app.getHttpServer()).get(`/workspaces/${demo}/contacts`).expect(401);
  });

  it('answers 400 with the allowed purposes when the client names another purpose', async () => {
    const res = await get(`/workspaces/${demo}/contacts`, 'member@demo.test').set('X-Purpose', 'marketing').expect(400);
    expect(res.body.allowedPurposes).toEqual(['service.crm']);
  });
});
