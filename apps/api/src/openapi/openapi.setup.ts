import { enrichOpenApiPurposes } from '@lawful/nestjs';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** Version of the reference API shown in its OpenAPI document. */
export const API_VERSION = '0.1.0';

/** Operations callable without a bearer token (`METHOD /path` as in the document). */
const PUBLIC_OPERATIONS: readonly string[] = ['post /auth/login', 'get /health', 'post /privacy/requests'];

/**
 * The reference API's OpenAPI document: title, version, the bearer scheme required by every operation except
 * login and health, and per operation the purposes it allows with their legal bases (`enrichOpenApiPurposes`).
 *
 * @example
 * const document = buildOpenApiDocument(app);
 * document.paths['/workspaces/{workspaceId}/contacts'].get['x-lawful-purposes']; // [{ key: 'service.crm', legalBasis: 'contract', … }]
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Lawful reference API')
    .setDescription('CRM SaaS built with privacy by design: each operation lists the purposes it processes personal data for, with their legal bases.')
    .setVersion(API_VERSION)
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Token from POST /auth/login' }, 'bearer')
    .addSecurityRequirements('bearer')
    .build();
  const document = enrichOpenApiPurposes(SwaggerModule.createDocument(app, config));
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item as Record<string, { security?: unknown[] }>)) {
      if (PUBLIC_OPERATIONS.includes(`${method} ${path}`)) operation.security = [];
    }
  }
  return document;
}

/**
 * Serves Swagger UI at `/docs` and the OpenAPI JSON at `/docs-json` (assets from `swagger-ui-dist`, no network).
 * Call it before `app.init()` / `app.listen()`; the document is built on the first request.
 *
 * @example
 * const app = await NestFactory.create(AppModule.forRoot());
 * setupOpenApi(app);
 * await app.listen(3000); // http://localhost:3000/docs
 */
export function setupOpenApi(app: INestApplication): void {
  let document: OpenAPIObject | undefined;
  SwaggerModule.setup('docs', app, () => (document ??= buildOpenApiDocument(app)), {
    jsonDocumentUrl: 'docs-json',
    customSiteTitle: 'Lawful reference API',
  });
}
