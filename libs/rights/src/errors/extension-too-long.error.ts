import { JURISDICTION_RULES } from '../rules/jurisdiction.rules';
import type { Jurisdiction } from '../types/jurisdiction.types';
import { RightsError } from './rights.error';

/**
 * The extension would move the response deadline beyond the latest day the jurisdiction allows.
 *
 * @example
 * expect(() => extend(gdprRequest, { months: 3, reason: 'complex', at })).toThrow(/at most 2 months/);
 */
export class ExtensionTooLongError extends RightsError {
  constructor(requestId: string, jurisdiction: Jurisdiction, requested: string, latest: string) {
    const { label, extension } = JURISDICTION_RULES[jurisdiction];
    const max = extension?.max.months !== undefined ? `${extension.max.months} months` : `${extension?.max.days ?? 0} days`;
    super(
      'EXTENSION_TOO_LONG',
      requestId,
      jurisdiction,
      `${label} allows extending the response deadline by at most ${max} in total (to ${latest}); the extension would reach ${requested}`,
      { requested, latest },
    );
  }
}
