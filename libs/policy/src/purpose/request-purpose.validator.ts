import { isSameOrDescendant, type Purpose } from '@lawful/annotations';
import { PurposeNotAllowedError } from '../errors/purpose-not-allowed.error';
import { UnregisteredPurposeError } from '../errors/unregistered-purpose.error';
import type { PurposeRegistry } from './purpose-compliance.util';

/**
 * Checks the purpose a request declares: registered (else `UnregisteredPurposeError`) and not prohibited
 * (else `PurposeNotAllowedError`). When `allowed` is given (e.g. a route's purposes), the purpose must also
 * be one of them or below one (else `PurposeNotAllowedError` listing them). Returns the registered purpose.
 *
 * @example
 * const purpose = assertRequestPurpose('service.crm', registry, ['service.crm', 'support']);
 * purpose.legalBasis; // 'contract'
 */
export function assertRequestPurpose(key: string, registry: PurposeRegistry, allowed?: readonly string[]): Purpose {
  const purpose = typeof key === 'string' ? registry.purposes.get(key) : undefined;
  if (purpose === undefined) throw new UnregisteredPurposeError(String(key));
  if (purpose.prohibited) throw new PurposeNotAllowedError(key, 'the application marks it prohibited', allowed);
  if (allowed !== undefined && !allowed.some((a) => isSameOrDescendant(key, a))) {
    throw new PurposeNotAllowedError(key, 'not among the allowed purposes', allowed);
  }
  return purpose;
}
