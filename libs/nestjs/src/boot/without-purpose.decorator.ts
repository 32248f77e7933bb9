import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

/**
 * Route metadata key holding the reason a controller or route processes no personal data for a purpose
 * (set by `@WithoutPurpose()`).
 *
 * @example
 * reflector.getAllAndOverride<string>(WITHOUT_PURPOSE_METADATA, [handler, controller]);
 */
export const WITHOUT_PURPOSE_METADATA = 'lawful:without-purpose';

/**
 * OpenAPI operation extension holding the `@WithoutPurpose` reason (`enrichOpenApiPurposes` also writes it into
 * the description).
 *
 * @example
 * document.paths['/auth/login'].post['x-lawful-without-purpose']; // 'authenticates the caller …'
 */
export const WITHOUT_PURPOSE_EXTENSION = 'x-lawful-without-purpose';

/**
 * Exempts a controller or route from declaring `@Purpose` although its dependencies reach the database, stating
 * why (the start-up check otherwise refuses such routes). The reason is mandatory and documents the exemption
 * for reviewers (also in the OpenAPI document, as `x-lawful-without-purpose`); it must not be empty. Such routes get no `LawfulContext`. Do not combine with `@Purpose` on
 * the same route: the start-up check rejects a route carrying both.
 *
 * @example
 * @Post('login')
 * @WithoutPurpose('authenticates the caller; reads only the login email and password hash')
 * login(@Body() body: LoginDto) { ... }
 */
export function WithoutPurpose(reason: string): ClassDecorator & MethodDecorator {
  if (typeof reason !== 'string' || reason.trim() === '') {
    throw new TypeError('@WithoutPurpose() needs a non-empty reason saying why the route declares no purpose');
  }
  return applyDecorators(SetMetadata(WITHOUT_PURPOSE_METADATA, reason.trim()), ApiExtension(WITHOUT_PURPOSE_EXTENSION, reason.trim()));
}
