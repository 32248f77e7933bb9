import { JURISDICTION_RULES } from '../rules/jurisdiction.rules';
import type { Jurisdiction } from '../types/jurisdiction.types';
import { RightsError } from './rights.error';

/**
 * The jurisdiction does not allow extending the response deadline at all (e.g. Quebec Law 25).
 *
 * @example
 * expect(() => extend(quebecRequest, { days: 10, reason: 'volume', at })).toThrow(ExtensionNotAllowedError);
 */
export class ExtensionNotAllowedError extends RightsError {
  constructor(requestId: string, jurisdiction: Jurisdiction) {
    const { label } = JURISDICTION_RULES[jurisdiction];
    super('EXTENSION_NOT_ALLOWED', requestId, jurisdiction, `${label} does not allow extending the response deadline`);
  }
}
