import { LawfulError } from '@lawful/annotations';
import type { Jurisdiction } from '../types/jurisdiction.types';

/**
 * Base class of every error about data-subject requests; carries the request id and jurisdiction (no personal data).
 *
 * @example
 * try { extend(request, { days: 90, reason: 'volume', at: new Date() }); }
 * catch (e) { if (e instanceof RightsError) console.error(e.code, e.context); }
 */
export class RightsError extends LawfulError {
  constructor(code: string, requestId: string, jurisdiction: Jurisdiction, message: string, extra: Record<string, unknown> = {}) {
    super(code, message, { requestId, jurisdiction, ...extra });
  }
}
