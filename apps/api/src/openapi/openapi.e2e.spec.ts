import { getMetadataStorage } from '@lawful/annotations';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AppModule } from '../app.module';
import { createTestDatabaseTarget, type TestDatabaseTarget } from '../testing/test-database';
import { API_VERSION, setupOpenApi } from './openapi.setup';

type Operation = { description?: string; security?: unknown[]; parameters?: { name: string; in: string }[]; 'x-lawful-purposes'?: { key: string; legalBasis: string }[] };

describe('OpenAPI at /docs', () => {
  let app: INestApplication;
  let db: TestDatabaseTarget;
  let document: { openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, Operation>>; components: { securitySchemes: Record<string, unknown> } };

  beforeAll(async () => {
    db = await createTestDatabaseTarget();
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ database: db.target })] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    setupOpenApi(app);
    await app.init();
    document = (await request(app.getHttpServer()).get('/docs-json').expect(200).expect('content-type', /json/)).body;
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('serves the document with title, version and the bearer scheme, public only for login, health and the privacy-request intake', () => {
    expect(document.openapi).toMatch(/^3\./);
    expect(document.info).toMatchObject({ title: 'Lawful reference API', version: API_VERSION });
    expect(document.components.securitySchemes['bearer']).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.paths['/auth/login']['post'].security).toEqual([]);
    expect(document.paths['/health']['get'].security).toEqual([]);
    expect(document.paths['/privacy/requests']['post'].security).toEqual([]); // the public intake of data-subject requests
    expect(document.paths['/privacy/datamap']['get'].security).toBeUndefined(); // the document-wide bearer requirement
  });

  it('lists the purposes of the contacts list operation with their legal bases, as the registry resolves them', () => {
    const list = document.paths['/workspaces/{workspaceId}/contacts']['get'];
    const purposes = list['x-lawful-purposes'] ?? [];
    expect(purposes).toContainEqual({ key: 'service.crm', name: 'CRM', legalBasis: 'contract', consentRequired: false, allowedWhenRestricted: false });
    for (const p of purposes) expect(p.legalBasis).toBe(getMetadataStorage().registry.purposes.get(p.key)?.legalBasis);
    expect(list.description).toContain('Purposes: CRM (service.crm, contract)');
    expect(list.parameters).toContainEqual(expect.objectContaining({ name: 'X-Purpose', in: 'header' }));
  });

  it('documents why login declares no purpose', () => {
    expect(document.paths['/auth/login']['post'].description).toMatch(/^No purpose declared: authenticates the caller/);
  });

  it('serves Swagger UI as HTML with its assets from the server itself', async () => {
    const page = await request(app.getHttpServer()).get('/docs').redirects(1).expect(200).expect('content-type', /html/);
    expect(page.text).toContain('swagger-ui');
    await request(app.getHttpServer()).get('/docs/swagger-ui-bundle.js').expect(200);
  });
});
