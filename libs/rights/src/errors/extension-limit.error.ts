import { JURISDICTION_RULES } from '../rules/jurisdiction.rules';
import type { Jurisdiction } from '../types/jurisdiction.types';
import { RightsError } from './rights.error';

/**
 * The request already has as many extensions as the jurisdiction allows (CCPA and PIPEDA: one).
 *
 * @example
 * expect(() => extend(extendedCcpaRequest, { days: 5, reason: 'volume', at })).toThrow(ExtensionLimitError);
 */
export class ExtensionLimitError extends RightsError {
  constructor(requestId: string, jurisdiction: Jurisdiction, maxCount: number) {
    const { label } = JURISDICTION_RULES[jurisdiction];
    const times = maxCount === 1 ? 'once' : `${maxCount} times`;
    super('EXTENSION_LIMIT', requestId, jurisdiction, `${label} allows extending the response deadline only ${times}`, { maxCount });
  }
}
