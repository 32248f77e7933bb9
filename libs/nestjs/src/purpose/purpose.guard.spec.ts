import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Request } from 'express';
import request from 'supertest';
import { AuditBuffer } from '../audit/audit.buffer';
import type { LawfulIdentity } from '../module/lawful-module-options.types';
import { LawfulModule } from '../module/lawful.module';
import { OpenTestController, PeopleTestController } from '../testing/people-test.controller';
import { setUpLawfulFixture } from '../testing/lawful-fixture';
import { MemoryAuditSink } from '../testing/memory-audit.sink';

describe('PurposeGuard (LawfulModule, HTTP)', () => {
  let app: INestApplication;
  const resolveContext = jest.fn(async (req: Request, _purpose: string): Promise<LawfulIdentity | null> => {
    const userId = req.headers['x-test-user'];
    if (typeof userId !== 'string') return null;
    const objected = req.headers['x-test-objected'];
    const subjectState = typeof objected === 'string' ? [{ entity: 'Person', reason: 'objection' as const, exclude: { id: { $in: [objected] } } }] : undefined;
    return { userId, workspaceId: 'w1', role: (req.headers['x-test-role'] as LawfulIdentity['role'] | undefined) ?? 'member', subjectState };
  });
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    setUpLawfulFixture();
    const moduleRef = await Test.createTestingModule({
      imports: [LawfulModule.forRoot({ resolveContext })],
      controllers: [PeopleTestController, OpenTestController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });
  afterAll(() => app.close());
  beforeEach(() => resolveContext.mockClear());

  it('uses the only purpose of a route and gives the handler the context and an ability following the purpose', async () => {
    const res = await http().get('/people').set('x-test-user', 'u1').expect(200);
    expect(res.body).toEqual({ purpose: 'service.crm', userId: 'u1', workspaceId: 'w1', role: 'member', readable: ['name', 'email', 'phone'] });
    expect(resolveContext).toHaveBeenCalledWith(expect.anything(), 'service.crm');
  });

  it('accepts a header naming the route purpose or a purpose below it, and rejects another one with 400', async () => {
    await http().get('/people').set('x-test-user', 'u1').set('X-Purpose', 'service.crm').expect(200);
    const narrower = await http().get('/people').set('x-test-user', 'u1').set('X-Purpose', 'service.crm.import').expect(200);
    expect(narrower.body.purpose).toBe('service.crm.import');
    const other = await http().get('/people').set('x-test-user', 'u1').set('X-Purpose', 'marketing').expect(400);
    expect(other.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/marketing.*not allowed/), allowedPurposes: ['service.crm'] });
    expect(resolveContext).not.toHaveBeenCalledWith(expect.anything(), 'marketing');
  });

  it('requires the X-Purpose header on a route allowing several purposes, listing them', async () => {
    const res = await http().get('/people/outreach').set('x-test-user', 'u1').expect(400);
    expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringContaining('x-purpose'), allowedPurposes: ['service.crm', 'marketing'] });
    expect(resolveContext).not.toHaveBeenCalled();
  });

  it('builds the ability for the purpose the client chose on a multi-purpose route', async () => {
    const marketing = await http().get('/people/outreach').set('x-test-user', 'u1').set('X-Purpose', 'marketing').expect(200);
    expect(marketing.body).toMatchObject({ purpose: 'marketing', readable: ['email'] });
    const crm = await http().get('/people/outreach').set('x-test-user', 'u1').set('x-purpose', ' service.crm ').expect(200);
    expect(crm.body).toMatchObject({ purpose: 'service.crm', readable: ['name', 'email', 'phone'] });
  });

  it('answers 400 with the allowed purposes for an unknown purpose', async () => {
    const res = await http().get('/people/outreach').set('x-test-user', 'u1').set('X-Purpose', 'vibes').expect(400);
    expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/"vibes" is not registered/), allowedPurposes: ['service.crm', 'marketing'] });
  });

  it('answers 400 with the allowed purposes for a prohibited purpose', async () => {
    const res = await http().get('/people/outreach').set('x-test-user', 'u1').set('X-Purpose', 'sale_of_data').expect(400);
    expect(res.body).toMatchObject({ message: expect.stringMatching(/prohibited/), allowedPurposes: ['service.crm', 'marketing'] });
  });

  it('limits rows to the workspace and applies the subject state resolveContext returns', async () => {
    await http().get('/people/rows').set('x-test-user', 'u1').expect(200, ['p1', 'p2']);
    await http().get('/people/rows').set('x-test-user', 'u1').set('x-test-objected', 'p2').expect(200, ['p1']);
  });

  it('answers 401 when resolveContext finds no identity', async () => {
    const res = await http().get('/people').expect(401);
    expect(res.body).toMatchObject({ statusCode: 401 });
  });

  it('leaves routes without @Purpose untouched: no identity needed, no context', async () => {
    await http().get('/open').expect(200, { hasContext: false });
    expect(resolveContext).not.toHaveBeenCalled();
  });

  it('fails closed with a generic 500 when a handler without @Purpose asks for the context', async () => {
    const res = await http().get('/open/misuse').expect(500);
    expect(res.body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' });
  });

  it('gives the context no audit recorder when the module has no audit options', async () => {
    await http().get('/people/audited').set('x-test-user', 'u1').expect(200, { recorder: false });
  });

  it('gives the context a recorder adding the time, actor, workspace and purpose of the request', async () => {
    const sink = new MemoryAuditSink();
    const moduleRef = await Test.createTestingModule({ imports: [LawfulModule.forRoot({ resolveContext, audit: { sink } })], controllers: [PeopleTestController] }).compile();
    const audited = await moduleRef.createNestApplication({ logger: false }).init();
    await request(audited.getHttpServer()).get('/people/audited').set('x-test-user', 'u7').set('X-Purpose', 'service.crm.import').expect(200, { recorder: true });
    await audited.get(AuditBuffer).flush();
    expect(sink.entries).toEqual([
      { occurredAt: expect.any(Date), actorId: 'u7', workspaceId: 'w1', purpose: 'service.crm.import', entity: 'Person', action: 'read', recordIds: ['p1'], subjectIds: ['p1'], fields: ['name'] },
    ]);
    await audited.close();
  });
});
