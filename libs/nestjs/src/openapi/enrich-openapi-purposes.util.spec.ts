import 'reflect-metadata';
import { getMetadataStorage } from '@lawful/annotations';
import { UnregisteredPurposeError } from '@lawful/policy';
import { Controller, Get, type INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { WithoutPurpose } from '../boot/without-purpose.decorator';
import { LawfulModule } from '../module/lawful.module';
import { Purpose } from '../purpose/purpose.decorator';
import { setUpLawfulFixture } from '../testing/lawful-fixture';
import { OpenTestController, PeopleTestController } from '../testing/people-test.controller';
import { enrichOpenApiPurposes } from './enrich-openapi-purposes.util';

@Controller('claims')
class ClaimsController {
  @Get() @Purpose('compliance.claims') list(): string {
    return 'x';
  }
  @Get('ping') @WithoutPurpose('answers a constant') ping(): string {
    return 'pong';
  }
}

type Operation = { 'x-lawful-without-purpose'?: string; description?: string; parameters?: { name: string; in: string; required?: boolean; schema?: { enum?: string[] }; description?: string }[]; 'x-lawful-purposes'?: unknown };

describe('enrichOpenApiPurposes', () => {
  let app: INestApplication;
  let generated: OpenAPIObject;
  let document: OpenAPIObject;
  const operation = (path: string, doc = document): Operation => (doc.paths[path] as unknown as Record<string, Operation>)['get'];
  const purposeHeaders = (op: Operation) => (op.parameters ?? []).filter((p) => p.in === 'header' && p.name === 'X-Purpose');

  beforeAll(async () => {
    setUpLawfulFixture(false);
    getMetadataStorage().registry.purposes.register(
      { key: 'compliance', name: 'Compliance', description: 'Legal obligations', legalBasis: 'legal_obligation' },
      { key: 'compliance.claims', name: 'Legal claims', description: 'Defending claims', allowedWhenRestricted: true },
    );
    getMetadataStorage().seal();
    const moduleRef = await Test.createTestingModule({
      imports: [LawfulModule.forRoot({ resolveContext: async () => null })],
      controllers: [PeopleTestController, OpenTestController, ClaimsController],
    }).compile();
    app = await moduleRef.createNestApplication({ logger: false }).init();
    generated = SwaggerModule.createDocument(app, new DocumentBuilder().setTitle('test').build());
    document = enrichOpenApiPurposes(generated);
  });
  afterAll(async () => {
    await app?.close();
    getMetadataStorage().clear();
  });

  it('@Purpose records the keys and an optional X-Purpose header for a single purpose, inherited from the controller', () => {
    expect(operation('/people', generated)['x-lawful-purposes']).toEqual(['service.crm']);
    expect(purposeHeaders(operation('/people', generated))).toEqual([expect.objectContaining({ required: false, schema: expect.objectContaining({ enum: ['service.crm'] }) })]);
  });

  it('a method-level @Purpose with several purposes replaces the controller\'s: one required X-Purpose header listing them', () => {
    expect(operation('/people/outreach', generated)['x-lawful-purposes']).toEqual(['service.crm', 'marketing']);
    expect(purposeHeaders(operation('/people/outreach'))).toEqual([expect.objectContaining({ required: true, schema: expect.objectContaining({ enum: ['service.crm', 'marketing'] }) })]);
  });

  it('adds name, inherited legal basis, consent requirement and restriction per purpose, and a readable description line', () => {
    expect(operation('/people')['x-lawful-purposes']).toEqual([{ key: 'service.crm', name: 'CRM', legalBasis: 'contract', consentRequired: false, allowedWhenRestricted: false }]);
    expect(operation('/people').description).toBe('Purposes: CRM (service.crm, contract).');
    expect(operation('/people/outreach')['x-lawful-purposes']).toEqual([
      expect.objectContaining({ key: 'service.crm', legalBasis: 'contract' }),
      { key: 'marketing', name: 'Marketing', legalBasis: 'consent', consentRequired: true, allowedWhenRestricted: false },
    ]);
    expect(operation('/people/outreach').description).toBe('Purposes: CRM (service.crm, contract); Marketing (marketing, consent, consent required).');
    expect(purposeHeaders(operation('/people/outreach'))[0].description).toBe('Purpose of this request (required: one of service.crm = CRM, marketing = Marketing)');
    expect(operation('/claims').description).toBe('Purposes: Legal claims (compliance.claims, legal_obligation, allowed when restricted).');
  });

  it('describes a route exempted with @WithoutPurpose by its reason, without purpose header', () => {
    expect(operation('/claims/ping')['x-lawful-without-purpose']).toBe('answers a constant');
    expect(operation('/claims/ping').description).toBe('No purpose declared: answers a constant.');
    expect(purposeHeaders(operation('/claims/ping'))).toEqual([]);
  });

  it('leaves routes without @Purpose alone, does not change its input and is idempotent', () => {
    expect(operation('/open')['x-lawful-purposes']).toBeUndefined();
    expect(purposeHeaders(operation('/open'))).toEqual([]);
    expect(operation('/people', generated).description).toBeUndefined();
    expect(enrichOpenApiPurposes(document)).toEqual(document);
  });

  it('refuses a purpose the registry does not know', () => {
    const forged = structuredClone(generated);
    (forged.paths['/people'] as unknown as Record<string, Operation>)['get']['x-lawful-purposes'] = ['servce.crm'];
    expect(() => enrichOpenApiPurposes(forged)).toThrow(UnregisteredPurposeError);
  });
});
