import { JURISDICTION_RULES } from '../rules/jurisdiction.rules';
import type { Jurisdiction } from '../types/jurisdiction.types';
import { RightsError } from './rights.error';

/**
 * The extension itself is malformed: not a positive whole number of months or days, or recorded
 * before receipt or after the deadline it extends (the data subject must be told in time).
 *
 * @example
 * expect(() => extend(request, { months: 0, reason: "volume", at })).toThrow(InvalidExtensionError);
 */
export class InvalidExtensionError extends RightsError {
  constructor(requestId: string, jurisdiction: Jurisdiction, problem: string) {
    const { label } = JURISDICTION_RULES[jurisdiction];
    super('INVALID_EXTENSION', requestId, jurisdiction, `${label} extension of request ${requestId}: ${problem}`, { problem });
  }
}
