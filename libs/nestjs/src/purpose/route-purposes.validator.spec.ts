import 'reflect-metadata';
import { getMetadataStorage } from '@lawful/annotations';
import { Controller, type INestApplication, type Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { DataSource } from 'typeorm';
import {
  ClockController, DeclaredController, DirectController, PartlyController, QueryController, repositoryController, ScopedController, ServiceController,
} from '../boot/database-routes.fixture';
import { databaseRouteProviders } from '../boot/database-services.fixture';
import { MissingRoutePurposeError } from '../boot/missing-route-purpose.error';
import { WithoutPurpose } from '../boot/without-purpose.decorator';
import { LawfulModule } from '../module/lawful.module';
import { type LawfulDbEntities, openLawfulDataSource, setUpLawfulDbFixture } from '../testing/lawful-db.fixture';
import { Purpose } from './purpose.decorator';
import { RoutePurposeError } from './route-purpose.error';

describe('RoutePurposesValidator: routes reaching annotated entities need a purpose', () => {
  let entities: LawfulDbEntities;
  let dataSource: DataSource;

  beforeAll(async () => {
    entities = setUpLawfulDbFixture();
    dataSource = await openLawfulDataSource(entities);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    getMetadataStorage().clear();
  });

  async function boot(controllers: Type<unknown>[]): Promise<{ app: INestApplication; error: unknown }> {
    const moduleRef = await Test.createTestingModule({
      imports: [LawfulModule.forRoot({ resolveContext: async () => null })],
      controllers,
      providers: databaseRouteProviders(dataSource, entities),
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    const error = await app.init().then(() => undefined, (e: unknown) => e);
    await app.close();
    return { app, error };
  }

  async function problemsOf(controllers: Type<unknown>[]): Promise<readonly string[]> {
    const { error } = await boot(controllers);
    expect(error).toBeInstanceOf(MissingRoutePurposeError);
    expect(error).toBeInstanceOf(RoutePurposeError);
    expect((error as MissingRoutePurposeError).code).toBe('MISSING_ROUTE_PURPOSE');
    return (error as MissingRoutePurposeError).problems;
  }

  it('refuses a controller injecting DataSource, naming each route, its path and the fix', async () => {
    const problems = await problemsOf([DirectController]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^DirectController\.one \(GET \/direct\/:id\) can read or write annotated entities \(DirectController → DataSource\) but declares no purpose; add @Purpose\('<purpose key>'\).*or @WithoutPurpose\('<reason>'\)/);
    expect(problems[1]).toMatch(/^DirectController\.create \(POST \/direct\) /);
  });

  it('refuses a controller injecting the repository of an annotated entity (@InjectRepository) or a LawfulQuery', async () => {
    const problems = await problemsOf([repositoryController(entities), QueryController]);
    expect(problems[0]).toContain('RepositoryController.list (GET /repo) can read or write annotated entities (RepositoryController → Repository<Contact>)');
    expect(problems[1]).toContain('QueryController.list (GET /query) can read or write annotated entities (QueryController → LawfulQuery)');
  });

  it('follows injected services transitively, request-scoped ones included, and names the chain', async () => {
    const problems = await problemsOf([ServiceController, ScopedController]);
    expect(problems[0]).toContain('ServiceController.list (GET /service) can read or write annotated entities (ServiceController → ContactDirectory → DataSource)');
    expect(problems[1]).toContain('ScopedController.list (GET /scoped, /alias) can read or write annotated entities (ScopedController → PerRequestDirectory → DataSource)');
  });

  it('lists only the routes lacking both @Purpose and @WithoutPurpose', async () => {
    expect(await problemsOf([PartlyController])).toEqual([expect.stringMatching(/^PartlyController\.stats \(GET \/partly\/stats\) /)]);
  });

  it('refuses a route carrying both @Purpose and @WithoutPurpose', async () => {
    expect(await problemsOf([DeclaredController])).toEqual([expect.stringMatching(/^DeclaredController\.login \(POST \/declared\/login\) declares both @Purpose and @WithoutPurpose/)]);
  });

  it('boots when every database route declares a purpose or an exemption, and without purposes when nothing reaches the database', async () => {
    @Controller('fixed') @Purpose('service.crm')
    class FixedController extends DirectController {}
    @Controller('exempt') @WithoutPurpose('reads only non-personal configuration')
    class ExemptController extends ServiceController {}
    const { error } = await boot([FixedController, ExemptController, ClockController]);
    expect(error).toBeUndefined();
  });
});
