import { getMetadataStorage, type PrivacyMetadataStorage } from '@lawful/annotations';
import { assertRequestPurpose, PurposeNotAllowedError } from '@lawful/policy';
import type { OpenAPIObject } from '@nestjs/swagger';
import { WITHOUT_PURPOSE_EXTENSION } from '../boot/without-purpose.decorator';
import type { OpenApiPurpose } from './openapi-purpose.types';
import { OPENAPI_PURPOSE_HEADER, PURPOSES_EXTENSION } from './purpose-openapi.decorator';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** An operation as far as the enrichment reads and writes it. */
interface Operation {
  description?: string;
  parameters?: { name?: string; in?: string; description?: string }[];
  [PURPOSES_EXTENSION]?: (string | OpenApiPurpose)[];
  [WITHOUT_PURPOSE_EXTENSION]?: string;
}

/** Appends `line` to the operation's description once. */
function addDescriptionLine(operation: Operation, line: string): void {
  if (!operation.description?.includes(line)) operation.description = operation.description ? `${operation.description}\n\n${line}` : line;
}

/** The purpose `key` as the registry resolves it (basis inherited); throws for unregistered or prohibited keys. */
function describePurpose(key: string, storage: PrivacyMetadataStorage): OpenApiPurpose {
  const purpose = assertRequestPurpose(key, storage.registry);
  const legalBasis = purpose.legalBasis;
  if (legalBasis === null) throw new PurposeNotAllowedError(key, 'it has no legal basis'); // prohibited: refused above
  return {
    key,
    name: purpose.name,
    legalBasis,
    consentRequired: legalBasis === 'consent',
    ...(purpose.consentRecordedIn !== undefined ? { consentRecordedIn: purpose.consentRecordedIn } : {}),
    allowedWhenRestricted: purpose.allowedWhenRestricted,
  };
}

/** `CRM (service.crm, contract)`, plus the consent and restriction facts when they apply. */
function summary(p: OpenApiPurpose): string {
  const facts = [p.key, p.legalBasis, ...(p.consentRequired ? ['consent required'] : []), ...(p.allowedWhenRestricted ? ['allowed when restricted'] : [])];
  return `${p.name} (${facts.join(', ')})`;
}

/**
 * Completes an OpenAPI document generated from routes declared with `@Purpose`: for each operation with
 * `x-lawful-purposes`, replaces the keys by each purpose's name, legal basis (inherited through the purpose
 * tree), consent requirement and whether it is allowed when processing is restricted; appends a readable line
 * to the operation's description (`Purposes: CRM (service.crm, contract)`) and names the purposes in the
 * `X-Purpose` header's description. An operation exempted with `@WithoutPurpose` gets its reason as a
 * description line (`No purpose declared: …`). Returns a new document; the input is not changed. Idempotent. Throws
 * `UnregisteredPurposeError` / `PurposeNotAllowedError` for a key the registry does not allow (the start-up
 * check already refuses those).
 *
 * @example
 * const document = enrichOpenApiPurposes(SwaggerModule.createDocument(app, config));
 * SwaggerModule.setup('docs', app, document);
 */
export function enrichOpenApiPurposes(document: OpenAPIObject, storage: PrivacyMetadataStorage = getMetadataStorage()): OpenAPIObject {
  const enriched = structuredClone(document);
  for (const item of Object.values(enriched.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (operation === undefined) continue;
      const exemption = operation[WITHOUT_PURPOSE_EXTENSION];
      if (typeof exemption === 'string') addDescriptionLine(operation, `No purpose declared: ${exemption}.`);
      const declared = operation[PURPOSES_EXTENSION];
      if (!Array.isArray(declared)) continue;
      const purposes = declared.map((p) => describePurpose(typeof p === 'string' ? p : p.key, storage));
      operation[PURPOSES_EXTENSION] = purposes;
      addDescriptionLine(operation, `Purposes: ${purposes.map(summary).join('; ')}.`);
      const header = operation.parameters?.find((p) => p.in === 'header' && p.name?.toLowerCase() === OPENAPI_PURPOSE_HEADER.toLowerCase());
      if (header !== undefined) {
        const choice = purposes.length > 1 ? 'required: one of' : 'optional:';
        header.description = `Purpose of this request (${choice} ${purposes.map((p) => `${p.key} = ${p.name}`).join(', ')})`;
      }
    }
  }
  return enriched;
}
