import { PolicyError } from './policy.error';

/**
 * The purpose is registered but may not be used here: it is prohibited, or not among the purposes allowed
 * (e.g. by a route). `allowed` lists the purposes that would be accepted, when known.
 *
 * @example
 * throw new PurposeNotAllowedError('marketing', 'not allowed on this route', ['service.crm']);
 */
export class PurposeNotAllowedError extends PolicyError {
  constructor(
    readonly purpose: string,
    reason: string,
    readonly allowed: readonly string[] = [],
  ) {
    const hint = allowed.length > 0 ? `; allowed: ${allowed.join(', ')}` : '';
    super('PURPOSE_NOT_ALLOWED', `Purpose "${purpose}" is not allowed: ${reason}${hint}`, { purpose, allowed: [...allowed] });
  }
}
