import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { seedDemoData } from '../../seed/demo.seed';
import { createTestDatabaseTarget, type TestDatabaseTarget } from '../../testing/test-database';

describe('auth and GET /privacy/datamap', () => {
  let app: INestApplication;
  let db: TestDatabaseTarget;
  const login = (email: string, password = 'demo-password') => request(app.getHttpServer()).post('/auth/login').send({ email, password });

  beforeAll(async () => {
    db = await createTestDatabaseTarget();
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ database: db.target })] }).compile();
    app = await moduleRef.createNestApplication({ logger: false }).init();
    await seedDemoData(app.get(DataSource));
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('validates the login body: 400 with per-field messages, unknown properties rejected', async () => {
    const res = await request(app.getHttpServer()).post('/auth/login').send({ email: 'not-an-email', password: '', admin: true }).expect(400);
    expect(res.body.message).toEqual(expect.arrayContaining(['property admin should not exist', 'email must be an email address', 'password must not be empty']));
  });

  it('answers 401 for a wrong password without saying which part was wrong, then 429 after five failures', async () => {
    const wrong = await login('member@demo.test', 'nope').expect(401);
    expect(wrong.body).toMatchObject({ statusCode: 401, message: 'Wrong email or password' });
    await login('nobody@demo.test', 'nope').expect(401);
    for (let i = 0; i < 4; i++) await login('member@demo.test', 'nope').expect(401);
    const limited = await login('member@demo.test', 'nope').expect(429);
    expect(limited.body.retryAfterSeconds).toBeGreaterThan(0);
    await login('member@demo.test').expect(429);
  });

  it('serves the data map to owners and admins only, as offline HTML or JSON', async () => {
    await request(app.getHttpServer()).get('/privacy/datamap').expect(401);
    await request(app.getHttpServer()).get('/privacy/datamap').set('Authorization', 'Bearer forged').expect(401);
    const viewer = (await login('viewer@demo.test').expect(200)).body.token;
    const denied = await request(app.getHttpServer()).get('/privacy/datamap').set('Authorization', `Bearer ${viewer}`).expect(403);
    expect(denied.body.message).toMatch(/owners and admins/);
    const admin = (await login('admin@demo.test').expect(200)).body.token;
    const html = await request(app.getHttpServer()).get('/privacy/datamap').set('Authorization', `Bearer ${admin}`).expect(200);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.text).toContain('id="flow"');
    expect(html.text).toContain('data-field="Contact.email"');
    const json = await request(app.getHttpServer()).get('/privacy/datamap?format=json').set('Authorization', `Bearer ${admin}`).expect(200);
    expect(json.body.fields.find((f: { entity: string; property: string }) => f.entity === 'Contact' && f.property === 'email')).toMatchObject({ table: 'contacts', column: 'email', processingRole: 'processor' });
    await request(app.getHttpServer()).get('/privacy/datamap?format=xml').set('Authorization', `Bearer ${admin}`).expect(400);
  });

  it('revokes the token on logout', async () => {
    const token = (await login('owner@demo.test').expect(200)).body.token;
    await request(app.getHttpServer()).post('/auth/logout').set('Authorization', `Bearer ${token}`).expect(204);
    await request(app.getHttpServer()).get('/privacy/datamap').set('Authorization', `Bearer ${token}`).expect(401);
  });
});
