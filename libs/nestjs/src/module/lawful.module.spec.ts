import 'reflect-metadata';
import { AnnotationValidationError, getMetadataStorage, PersonalData } from '@lawful/annotations';
import { PolicyAbilityFactory } from '@lawful/policy';
import { Controller, Get, Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { Purpose } from '../purpose/purpose.decorator';
import { RoutePurposeError } from '../purpose/route-purpose.error';
import { PeopleTestController } from '../testing/people-test.controller';
import { setUpLawfulFixture } from '../testing/lawful-fixture';
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
});
