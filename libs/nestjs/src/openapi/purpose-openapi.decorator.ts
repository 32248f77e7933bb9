import { METHOD_METADATA } from '@nestjs/common/constants';
import { ApiExtension, ApiHeader } from '@nestjs/swagger';
import { PURPOSES_METADATA } from '../constants';

/**
 * OpenAPI operation extension listing the purposes a route allows: keys as declared, objects with name, legal
 * basis, consent and restriction facts once `enrichOpenApiPurposes` ran.
 *
 * @example
 * document.paths['/contacts'].get['x-lawful-purposes']; // ['service.crm'] → [{ key: 'service.crm', legalBasis: 'contract', … }]
 */
export const PURPOSES_EXTENSION = 'x-lawful-purposes';

/** Name of the purpose header in the generated OpenAPI document (`LawfulModule`'s default header). */
export const OPENAPI_PURPOSE_HEADER = 'X-Purpose';

/** Applies the extension and the header to one route method. */
function describeRoute(purposes: readonly string[], target: object, key: string | symbol, descriptor: PropertyDescriptor): void {
  ApiExtension(PURPOSES_EXTENSION, [...purposes])(target, key, descriptor);
  ApiHeader({
    name: OPENAPI_PURPOSE_HEADER,
    required: purposes.length > 1,
    enum: [...purposes],
    description: purposes.length > 1 ? `Purpose of this request (required): one of ${purposes.join(', ')}` : `Purpose of this request (optional): ${purposes[0]}`,
  })(target, key, descriptor);
}

/**
 * Records the purposes of a route (or of every route of a controller) in its OpenAPI operation, through
 * `@nestjs/swagger`: the `x-lawful-purposes` extension and an `X-Purpose` header whose `enum` lists the allowed
 * keys, required when there are several. On a class it describes each route method that has no purposes of its
 * own (method-level `@Purpose` wins, as at runtime). `@Purpose` applies it; use it directly only for routes whose
 * purposes are declared another way.
 *
 * @example
 * @Get('export') @PurposeOpenApi(['service.crm', 'marketing']) export() { ... }
 */
export function PurposeOpenApi(purposes: readonly string[]): ClassDecorator & MethodDecorator {
  return ((target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    if (key !== undefined && descriptor !== undefined) {
      describeRoute(purposes, target, key, descriptor);
      return descriptor;
    }
    const prototype = (target as { prototype: object }).prototype;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const method = Object.getOwnPropertyDescriptor(prototype, name);
      if (name === 'constructor' || typeof method?.value !== 'function') continue;
      if (!Reflect.hasMetadata(METHOD_METADATA, method.value) || Reflect.hasOwnMetadata(PURPOSES_METADATA, method.value)) continue;
      describeRoute(purposes, prototype, name, method);
    }
    return target;
  }) as ClassDecorator & MethodDecorator;
}
