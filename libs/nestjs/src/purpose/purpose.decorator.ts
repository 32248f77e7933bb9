import { applyDecorators, SetMetadata } from '@nestjs/common';
import { PURPOSES_METADATA } from '../constants';
import { PurposeOpenApi } from '../openapi/purpose-openapi.decorator';

/**
 * Declares the purposes (registered purpose keys) a controller or route processes personal data for.
 * Method-level `@Purpose` replaces the controller's. With one purpose the request uses it; with several the
 * client must choose one in the `X-Purpose` header. `PurposeGuard` enforces it; routes without `@Purpose`
 * get no `LawfulContext`. It also records the purposes in the OpenAPI document (`PurposeOpenApi`): the
 * `x-lawful-purposes` extension and an `X-Purpose` header listing the allowed keys.
 *
 * @example
 * @Controller('contacts')
 * @Purpose('service.crm')
 * export class ContactsController {
 *   @Get('export') @Purpose('service.crm', 'marketing') export(@LawfulCtx() ctx: LawfulContext) { ... }
 * }
 */
export function Purpose(...purposes: string[]): ClassDecorator & MethodDecorator {
  if (purposes.length === 0 || purposes.some((p) => typeof p !== 'string' || p.trim() === '')) {
    throw new TypeError('@Purpose() needs at least one non-empty purpose key');
  }
  const unique = Object.freeze([...new Set(purposes)]);
  return applyDecorators(SetMetadata(PURPOSES_METADATA, unique), PurposeOpenApi(unique));
}
