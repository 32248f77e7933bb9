import 'reflect-metadata';
import { AnnotationValidationError, getMetadataStorage, PersonalData } from '@lawful/annotations';
import { PolicyAbilityFactory } from '@lawful/policy';
import { Controller, Get, Injectable, Logger, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { AccessAuditEntry } from '../audit/access-audit.types';
import { AuditBuffer } from '../audit/audit.buffer';
import { AuditFlushError } from '../audit/audit-flush.error';
import { Purpose } from '../purpose/purpose.decorator';
import { RoutePurposeError } from '../purpose/route-purpose.error';
import { PeopleTestController } from '../testing/people-test.controller';
import { setUpLawfulFixture } from '../testing/lawful-fixture';
import { MemoryAuditSink } from '../testing/memory-audit.sink';
import { LawfulModule } from './lawful.module';

@Injectable()
class FakeAuth {
  identify = async () => ({ userId: 'u9', workspaceId: 'w9', role: 'viewer' as const });
}

@Module({ providers: [FakeAuth], exports: [FakeAuth] })
class FakeAuthModule {}

@Controller('typos')
@Purpose('servce.crm')
class TypoController {
  @Get() @Purpose('service.crm', 'sale_of_data') list(): string {
    return 'never served';
  }
}

describe('LawfulModule', () => {
  afterAll(() => getMetadataStorage().clear());

  it('seals unsealed annotations at start-up and provides one PolicyAbilityFactory over them', async () => {
    setUpLawfulFixture(false);
    expect(getMetadataStorage().sealed).toBe(false);
    const moduleRef = await Test.createTestingModule({ imports: [LawfulModule.forRoot({ resolveContext: async () => null })] }).compile();
    expect(getMetadataStorage().sealed).toBe(true);
    const factory = moduleRef.get(PolicyAbilityFactory);
    expect(factory.entityNames.sort()).toEqual(['Note', 'Person']);
    expect(moduleRef.get(PolicyAbilityFactory)).toBe(factory);
    await moduleRef.close();
  });

  it('refuses to start when an annotation is invalid', async () => {
    setUpLawfulFixture(false);
    class Broken {
      @PersonalData({ category: 'user.name', purposes: ['no_such_purpose'], source: 'provided', retention: 'standard' }) name!: string;
    }
    void Broken;
    await expect(Test.createTestingModule({ imports: [LawfulModule.forRoot({ resolveContext: async () => null })] }).compile()).rejects.toThrow(AnnotationValidationError);
  });

  it('refuses to start, naming the routes, when @Purpose names an unregistered or prohibited purpose', async () => {
    setUpLawfulFixture();
    const moduleRef = await Test.createTestingModule({ imports: [LawfulModule.forRoot({ resolveContext: async () => null })], controllers: [TypoController, PeopleTestController] }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    const error = await app.init().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(RoutePurposeError);
    expect((error as RoutePurposeError).problems).toEqual([
      'TypoController: Purpose "servce.crm" is not registered; declare a registered purpose',
      'TypoController.list: Purpose "sale_of_data" is not allowed: the application marks it prohibited',
    ]);
    await app.close();
  });

  it('forRootAsync builds the options from injected providers, with a custom purpose header', async () => {
    setUpLawfulFixture();
    const moduleRef = await Test.createTestingModule({
      imports: [
        LawfulModule.forRootAsync({
          imports: [FakeAuthModule],
          inject: [FakeAuth],
          useFactory: (auth: FakeAuth) => ({ resolveContext: () => auth.identify(), purposeHeader: 'X-Processing-Purpose' }),
        }),
      ],
      controllers: [PeopleTestController],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    const res = await request(app.getHttpServer()).get('/people/outreach').set('X-Processing-Purpose', 'marketing').expect(200);
    expect(res.body).toEqual({ purpose: 'marketing', userId: 'u9', workspaceId: 'w9', role: 'viewer', readable: ['email'] });
    await request(app.getHttpServer()).get('/people/outreach').set('X-Purpose', 'marketing').expect(400);
    await app.close();
  });

  describe('access audit', () => {
    const entry: AccessAuditEntry = { occurredAt: new Date(0), actorId: 'u1', workspaceId: 'w1', purpose: 'service.crm', entity: 'Person', action: 'read', recordIds: ['p1'], subjectIds: ['p1'], fields: ['name'] };
    const boot = async (options: Partial<Parameters<typeof LawfulModule.forRoot>[0]>) => {
      setUpLawfulFixture();
      const moduleRef = await Test.createTestingModule({ imports: [LawfulModule.forRoot({ resolveContext: async () => null, ...options })] }).compile();
      return moduleRef.createNestApplication({ logger: false }).init();
    };
    afterEach(() => jest.restoreAllMocks());

    it('provides no buffer (nothing is recorded) without audit options', async () => {
      const app = await boot({});
      expect(app.get(AuditBuffer, { strict: false })).toBeNull();
      await app.close();
    });

    it('exports one AuditBuffer over the sink and writes what is queued when the app closes', async () => {
      const sink = new MemoryAuditSink({ delayMs: 20 });
      const app = await boot({ audit: { sink, buffer: { flushIntervalMs: 60_000 } } });
      const buffer = app.get(AuditBuffer);
      expect(buffer).toBeInstanceOf(AuditBuffer);
      await buffer.record(entry);
      expect(sink.entries).toEqual([]);
      await app.close();
      expect(sink.entries).toEqual([entry]);
    });

    it('logs the count only and rethrows when the final flush fails, instead of losing entries silently', async () => {
      const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      const onError = jest.fn();
      const app = await boot({ audit: { sink: new MemoryAuditSink({ failing: true }), buffer: { flushIntervalMs: 60_000, maxAttempts: 1, onError } } });
      await app.get(AuditBuffer).record(entry);
      await expect(app.close()).rejects.toThrow(AuditFlushError);
      expect(error).toHaveBeenCalledWith('Access audit not flushed on shutdown: 1 entries could not be written');
      expect(warn).toHaveBeenCalledWith('Access-audit write failed (Error); 1 entries pending, retrying');
      expect(onError).toHaveBeenCalledTimes(1);
      expect(JSON.stringify([...error.mock.calls, ...warn.mock.calls])).not.toMatch(/p1|unavailable/);
    });
  });
});
