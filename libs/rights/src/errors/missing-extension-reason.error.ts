import { JURISDICTION_RULES } from '../rules/jurisdiction.rules';
import type { Jurisdiction } from '../types/jurisdiction.types';
import { RightsError } from './rights.error';

/**
 * An extension was requested without a reason; every jurisdiction requires the reason to be recorded and told.
 *
 * @example
 * expect(() => extend(request, { months: 1, reason: '  ', at })).toThrow(MissingExtensionReasonError);
 */
export class MissingExtensionReasonError extends RightsError {
  constructor(requestId: string, jurisdiction: Jurisdiction) {
    const { label } = JURISDICTION_RULES[jurisdiction];
    super('MISSING_EXTENSION_REASON', requestId, jurisdiction, `${label} requires a reason for extending the response deadline`);
  }
}
