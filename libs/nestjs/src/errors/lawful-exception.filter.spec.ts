import 'reflect-metadata';
import { Logger, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { LawfulModule } from '../module/lawful.module';
import { OpenTestController, PeopleTestController } from '../testing/people-test.controller';
import { setUpLawfulFixture } from '../testing/lawful-fixture';

describe('LawfulExceptionFilter (registered by LawfulModule)', () => {
  let app: INestApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    setUpLawfulFixture();
    const moduleRef = await Test.createTestingModule({
      imports: [
        LawfulModule.forRoot({
          resolveContext: async (req) => ({ userId: 'u1', workspaceId: 'w1', role: (req.headers['x-test-role'] as 'member' | 'viewer' | undefined) ?? 'member' }),
        }),
      ],
      controllers: [PeopleTestController, OpenTestController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });
  afterAll(() => app.close());
  afterEach(() => jest.restoreAllMocks());

  it('lets a permitted write through', async () => {
    await http().patch('/people/p1').send({ name: 'Ada', email: 'ada@example.test' }).expect(200, { updated: ['name', 'email'] });
  });

  it('maps ForbiddenFieldError to 403 naming the fields the purpose may not write, never their values', async () => {
    const res = await http().patch('/people/p1').send({ name: 'Ada', score: 99 }).expect(403);
    expect(res.body).toEqual({ statusCode: 403, error: 'Forbidden', message: 'Person: update of score is not permitted for role "member" with purpose "service.crm"', fields: ['score'] });
    expect(JSON.stringify(res.body)).not.toContain('99');
  });

  it('maps ForbiddenFieldError to 403 when the role may not write at all', async () => {
    const res = await http().patch('/people/p1').set('x-test-role', 'viewer').send({ name: 'Ada' }).expect(403);
    expect(res.body).toMatchObject({ statusCode: 403, fields: ['name'] });
    expect(JSON.stringify(res.body)).not.toContain('Ada');
  });

  it('answers other Lawful errors with a generic 500 and logs only their code', async () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const res = await http().get('/people/broken').expect(500);
    expect(res.body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' });
    expect(log).toHaveBeenCalledWith('Unhandled Lawful error UNKNOWN_ENTITY');
    expect(JSON.stringify(log.mock.calls)).not.toContain('Persn');
  });

  it('leaves HttpExceptions alone', async () => {
    await http().get('/people/teapot').expect(418, { statusCode: 418, message: 'short and stout' });
  });
});
