import { PolicyError } from './policy.error';

/**
 * The request declares a purpose the application never registered.
 *
 * @example
 * expect(() => factory.build({ ...input, purpose: 'vibes' })).toThrow(UnregisteredPurposeError);
 */
export class UnregisteredPurposeError extends PolicyError {
  constructor(readonly purpose: string) {
    super('UNREGISTERED_PURPOSE', `Purpose "${purpose}" is not registered; declare a registered purpose`, { purpose });
  }
}
