import { ExtensionLimitError } from '../errors/extension-limit.error';
import { ExtensionNotAllowedError } from '../errors/extension-not-allowed.error';
import { ExtensionTooLongError } from '../errors/extension-too-long.error';
import { InvalidExtensionError } from '../errors/invalid-extension.error';
import { MissingExtensionReasonError } from '../errors/missing-extension-reason.error';
import { daysBetween, isoDay } from '../dates/utc-date.util';
import { JURISDICTION_RULES } from '../rules/jurisdiction.rules';
import type { Period } from '../types/period.types';
import type { RequestExtension, SubjectRequest } from '../types/subject-request.types';
import { computeDeadlines } from './deadline.calculator';

function validPeriod(extension: RequestExtension): Period | undefined {
  const { months, days } = extension;
  const positive = (n: number | undefined): n is number => Number.isInteger(n) && (n as number) > 0;
  if (positive(months) && days === undefined) return { months };
  if (positive(days) && months === undefined) return { days };
  return undefined;
}

/**
 * Records an extension of the response deadline and returns the extended request (the input is not changed).
 * Refuses, with a `RightsError` naming the jurisdiction and its limit, an extension the jurisdiction does not
 * allow, one more than it allows, one reaching beyond its maximum, one without a reason, one that is not a
 * positive whole number of months or days, and one recorded before receipt or after the current deadline.
 *
 * @example
 * const extended = extend(request, { months: 2, reason: 'Records in 14 systems', at: new Date() });
 * computeDeadlines(extended).respondBy; // three months after receipt
 */
export function extend(request: SubjectRequest, extension: RequestExtension): SubjectRequest {
  const { id, jurisdiction } = request;
  const allowed = JURISDICTION_RULES[jurisdiction].extension;
  if (!allowed) throw new ExtensionNotAllowedError(id, jurisdiction);
  const reason = typeof extension.reason === 'string' ? extension.reason.trim() : '';
  if (!reason) throw new MissingExtensionReasonError(id, jurisdiction);
  const period = validPeriod(extension);
  if (!period) throw new InvalidExtensionError(id, jurisdiction, 'give a positive whole number of either months or days');
  if (allowed.maxCount !== undefined && request.extensions.length >= allowed.maxCount) {
    throw new ExtensionLimitError(id, jurisdiction, allowed.maxCount);
  }
  const { respondBy, maxRespondBy } = computeDeadlines(request);
  if (!(extension.at instanceof Date) || Number.isNaN(extension.at.getTime())) {
    throw new InvalidExtensionError(id, jurisdiction, 'the extension needs a valid date');
  }
  if (daysBetween(request.receivedAt, extension.at) < 0 || daysBetween(respondBy, extension.at) > 0) {
    throw new InvalidExtensionError(id, jurisdiction, `an extension must be recorded between receipt and ${isoDay(respondBy)}`);
  }
  const extended: SubjectRequest = { ...request, extensions: [...request.extensions, { ...period, reason, at: extension.at }] };
  const reached = computeDeadlines(extended).respondBy;
  if (reached > maxRespondBy) throw new ExtensionTooLongError(id, jurisdiction, isoDay(reached), isoDay(maxRespondBy));
  return extended;
}
