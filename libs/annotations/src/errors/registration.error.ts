import { LawfulError } from './lawful.error';

/**
 * An invalid registry entry: malformed or duplicate key, missing parent, bad value, or a registry already sealed.
 *
 * @example
 * expect(() => registry.purposes.register({ key: 'Bad Key', name: 'x', description: 'y' })).toThrow(RegistrationError);
 */
export class RegistrationError extends LawfulError {
  constructor(
    readonly registry: string,
    readonly key: string,
    problem: string,
  ) {
    super('INVALID_REGISTRATION', `${registry} "${key}": ${problem}`, { registry, key });
  }
}
