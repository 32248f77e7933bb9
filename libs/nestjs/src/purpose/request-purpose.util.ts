import { assertRequestPurpose, PurposeNotAllowedError, type PurposeRegistry, UnregisteredPurposeError } from '@lawful/policy';
import { purposeBadRequest } from '../errors/purpose-bad-request.util';

/**
 * The purpose a request to a route allowing `allowed` runs under. Without a header: the route's purpose when
 * it allows one, else 400 (the client must choose). With a header: the named purpose, which must be registered,
 * not prohibited and one of `allowed` or below one in the purpose tree (`service.crm.import` fits a
 * `service.crm` route), else 400. Every 400 lists `allowedPurposes`.
 *
 * @example
 * selectRequestPurpose(request.headers['x-purpose'], ['service.crm', 'marketing'], storage.registry, 'x-purpose'); // 'marketing'
 */
export function selectRequestPurpose(header: string | string[] | undefined, allowed: readonly string[], registry: PurposeRegistry, headerName: string): string {
  if (Array.isArray(header)) throw purposeBadRequest(`Send one ${headerName} header, not several`, allowed);
  const named = header?.trim();
  if (named === undefined || named === '') {
    if (allowed.length === 1) return allowed[0];
    throw purposeBadRequest(`This route processes personal data for several purposes: send the ${headerName} header naming one of: ${allowed.join(', ')}`, allowed);
  }
  try {
    return assertRequestPurpose(named, registry, allowed).key;
  } catch (error) {
    if (error instanceof UnregisteredPurposeError || error instanceof PurposeNotAllowedError) throw purposeBadRequest(error.message, allowed);
    throw error;
  }
}
